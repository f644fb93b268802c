import { en, type MessageKey, type Messages } from './en.ts';

export type Locale = 'en' | 'de' | 'nl';
export type { MessageKey };

// English is built in (and the fallback for any key); German and Dutch are fetched when chosen, so the side
// panel's first screen parses one language, not three.
const loaded: Partial<Record<Locale, Messages>> = { en };
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de.ts').then((m) => m.de),
  nl: () => import('./nl.ts').then((m) => m.nl),
};

/** Makes a locale's strings available to `translate`; the side panel awaits this before its first render. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en') loaded[locale] ??= await loaders[locale]();
}

/** The best supported locale for a BCP 47 tag such as `de-AT` or `nl-BE`. */
export function pickLocale(tag: string | undefined): Locale {
  const base = (tag ?? 'en').toLowerCase().split('-')[0];
  return base === 'de' || base === 'nl' ? base : 'en';
}

type Params = Record<string, string | number>;

// Intl objects are costly to build (a fraction of a millisecond each): the board formats hundreds of values per frame.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralOf = (locale: Locale) => pluralRules.get(locale) ?? pluralRules.set(locale, new Intl.PluralRules(locale)).get(locale)!;
const numberOf = (locale: Locale) => numberFormats.get(locale) ?? numberFormats.set(locale, new Intl.NumberFormat(locale)).get(locale)!;

/** Formats a message: `{name}` substitution and `{count, plural, one {…} other {…}}` via Intl.PluralRules. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template: string = loaded[locale]?.[key] ?? en[key];
  const plural = template.replace(/\{(\w+), plural, ((?:\w+ \{[^}]*\}\s*)+)\}/g, (_m, name: string, cases: string) => {
    const n = Number(params[name] ?? 0);
    const options = Object.fromEntries([...cases.matchAll(/(\w+) \{([^}]*)\}/g)].map((c) => [c[1]!, c[2]!]));
    const chosen = options[pluralOf(locale).select(n)] ?? options['other'] ?? '';
    return chosen.replace(/#/g, numberOf(locale).format(n));
  });
  return plural.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Locale-aware formatters for numbers, money and dates. */
export function formatters(locale: Locale) {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const money = new Map<string, Intl.NumberFormat>();
  // Built on first use, then kept: most views use only one or two of these.
  let date: Intl.DateTimeFormat | undefined;
  let dateTime: Intl.DateTimeFormat | undefined;
  let decimal: Intl.NumberFormat | undefined;
  let percent: Intl.NumberFormat | undefined;
  return {
    number: (n: number) => numberOf(locale).format(n),
    money(n: number, currency: string) {
      let f = money.get(currency);
      if (!f) money.set(currency, (f = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })));
      return f.format(n);
    },
    date: (ms: number) => (date ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(ms),
    dateTime: (ms: number) => (dateTime ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(ms),
    /** A plain amount with up to two decimals, as typed back into an input. */
    decimal: (n: number) => (decimal ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(n),
    percent: (n: number) => (percent ??= new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(n),
    ago(ms: number, now = Date.now()) {
      const s = Math.round((ms - now) / 1000);
      if (Math.abs(s) < 60) return rtf.format(s, 'second');
      if (Math.abs(s) < 3600) return rtf.format(Math.round(s / 60), 'minute');
      if (Math.abs(s) < 86400) return rtf.format(Math.round(s / 3600), 'hour');
      return rtf.format(Math.round(s / 86400), 'day');
    },
  };
}
