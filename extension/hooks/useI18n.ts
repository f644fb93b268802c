import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { stageDisplayName } from '@pipeclip/shared';
import { formatters, translate, type Locale, type MessageKey } from '../i18n/index.ts';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  fmt: ReturnType<typeof formatters>;
  /** A stage's name as this reader sees it (see stageDisplayName). */
  stage: (stage: { id: string; name: string }) => string;
}

export function makeI18n(locale: Locale): I18n {
  return { locale, t: (key, params) => translate(locale, key, params), fmt: formatters(locale), stage: (s) => stageDisplayName(s, locale) };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));
export const useI18n = () => useContext(I18nContext);
