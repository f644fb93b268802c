import { de } from './i18n-de.ts';
import { en } from './i18n-en.ts';
import { nl } from './i18n-nl.ts';

/** The dashboard's words in English, German and Dutch, one file a language. `{name}` marks a placeholder. */
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

export const LOCALES = ['en', 'de', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
const dictionaries: Record<Locale, Dictionary> = { en, de, nl };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The translator of a locale; placeholders are filled with plain text (JSX escapes it when rendered). */
export function translator(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, vars) => dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
}

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);

/** ?lang= first, then the dashboard's cookie, then the browser's Accept-Language; English otherwise. */
export function pickLocale(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(query)) return query;
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { lang: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.find((r) => isLocale(r.lang))?.lang as Locale | undefined ?? 'en';
}
