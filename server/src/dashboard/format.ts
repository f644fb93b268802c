import { stageDisplayName } from '@pipeclip/shared';
import type { Locale, Translate } from './i18n.ts';

const TAGS: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', nl: 'nl-NL' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(TAGS[locale], options)));
  return f;
}

/** Number, money, percent, date and period formatting for one locale and currency. */
export interface Formats {
  locale: Locale;
  t: Translate;
  number(n: number): string;
  money(n: number): string;
  /** Money in another currency than the page's (a deal's own). */
  moneyIn(n: number, currency: string): string;
  /** Money without cents, for chart labels and tiles. */
  moneyShort(n: number): string;
  percent(n: number | null): string;
  days(n: number | null): string;
  date(ms: number): string;
  period(key: string): string;
  stage(stage: { id: string; name: string }): string;
}

export function formats(locale: Locale, currency: string, t: Translate): Formats {
  const none = t('common.none');
  const money = numberFormat(locale, { style: 'currency', currency });
  const moneyShort = numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const num = numberFormat(locale, { maximumFractionDigits: 1 });
  const pct = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(TAGS[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    t,
    number: (n) => num.format(n),
    money: (n) => money.format(n),
    moneyIn: (n, c) => numberFormat(locale, { style: 'currency', currency: c }).format(n),
    moneyShort: (n) => moneyShort.format(n),
    percent: (n) => (n === null ? none : pct.format(n)),
    days: (n) => (n === null ? none : t('kpi.days', { n: num.format(n) })),
    date: (ms) => dates.format(ms),
    period(key) {
      const [year, rest = ''] = key.split('-');
      if (rest.startsWith('Q')) return `${rest} ${year}`;
      return months.format(Date.UTC(Number(year), Number(rest) - 1, 1));
    },
    // A default stage keeps its id and default name (in whichever language created it) until the team renames it.
    stage: (s) => stageDisplayName(s, locale),
  };
}
