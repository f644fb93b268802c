import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { formatters, translate, type Locale, type MessageKey } from '../i18n/index.ts';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  fmt: ReturnType<typeof formatters>;
}

export function makeI18n(locale: Locale): I18n {
  return { locale, t: (key, params) => translate(locale, key, params), fmt: formatters(locale) };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));
export const useI18n = () => useContext(I18nContext);
