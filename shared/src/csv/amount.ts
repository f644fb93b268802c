/** Why a cell is not an amount. */
export type AmountError =
  | { code: 'empty'; input: string }
  | { code: 'invalid'; input: string }
  /** "1.234" or "1,234" without a locale: a thousand or one point two? */
  | { code: 'ambiguous'; input: string }
  | { code: 'unknownCurrency'; input: string; currency: string };

export type AmountResult = { ok: true; value: number; currency?: string } | { ok: false; error: AmountError };

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', US$: 'USD', '£': 'GBP', '¥': 'JPY' };
const CURRENCY = /^(US\$|[€$£¥]|[A-Za-z]{3}(?![A-Za-z]))\s*(.*)$|^(.*?)\s*(US\$|[€$£¥]|(?<![A-Za-z])[A-Za-z]{3})$/;
const GROUPING = /['’ ]/;

let isoCodes: Set<string> | undefined;
const knownCurrency = (code: string) => (isoCodes ??= new Set(Intl.supportedValuesOf('currency'))).has(code);

/** The ISO 4217 code of a currency cell ("€", "eur", "CHF"), or undefined if it names none. */
export function currencyCode(text: string): string | undefined {
  const t = text.trim();
  const code = SYMBOLS[t] ?? t.toUpperCase();
  return /^[A-Z]{3}$/.test(code) && (SYMBOLS[t] || knownCurrency(code)) ? code : undefined;
}

/** The decimal separator of a locale (`de` → `,`, `en` → `.`, `de-CH` → `.`). */
export function decimalSeparator(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/**
 * Parses an amount as people type it in spreadsheets: "1.234,56 €", "€1,234.56", "1 234,56", "CHF 1'234.50",
 * "-12,50". A single "." or "," followed by exactly three digits is read with the locale's decimal
 * separator; without a locale it is an `ambiguous` error rather than a guess.
 */
export function parseAmount(text: string, locale?: string): AmountResult {
  const input = text;
  let s = text.replace(/[\u00A0\u202F\u2009]/g, ' ').trim();
  if (!s) return { ok: false, error: { code: 'empty', input } };
  let negative = false;
  const sign = () => {
    if (s.startsWith('-') || s.startsWith('−')) [negative, s] = [!negative, s.slice(1).trim()];
  };
  sign();
  let currency: string | undefined;
  const m = CURRENCY.exec(s);
  if (m && /\d/.test(m[2] ?? m[3] ?? '')) {
    const raw = m[1] ?? m[4]!;
    currency = SYMBOLS[raw] ?? raw.toUpperCase();
    if (!SYMBOLS[raw] && !knownCurrency(currency)) return { ok: false, error: { code: 'unknownCurrency', input, currency } };
    s = (m[2] ?? m[3]!).trim();
    sign();
  }
  const value = parseNumber(s, locale);
  if (value === 'invalid' || value === 'ambiguous') return { ok: false, error: { code: value, input } };
  return { ok: true, value: negative ? -value : value, ...(currency ? { currency } : {}) };
}

/** A number with "." / "," / "'" / " " separators, or why it is not one. */
export function parseNumber(s: string, locale?: string): number | 'invalid' | 'ambiguous' {
  if (!/^\d[\d.,'’ ]*$/.test(s) || /[.,'’ ]$/.test(s)) return 'invalid';
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let decimal: string | undefined;
  if (dots && commas) decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const after = s.length - s.indexOf(sep) - 1;
    if (after !== 3 || GROUPING.test(s) || /^0[.,]/.test(s)) decimal = sep;
    else if (!locale) return 'ambiguous';
    else if (decimalSeparator(locale) === sep) decimal = sep;
  }
  const [int, frac, extra] = decimal ? s.split(decimal) : [s];
  if (extra !== undefined || (frac !== undefined && !/^\d+$/.test(frac))) return 'invalid';
  const groups = int!.split(/[.,'’ ]/);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) {
    return 'invalid';
  }
  if (new Set(int!.match(/[.,'’ ]/g) ?? []).size > 1) return 'invalid';
  return Number(`${groups.join('')}${frac ? `.${frac}` : ''}`);
}
