/** Why a cell is not a date. */
export type DateError = { code: 'empty' | 'invalid' | 'ambiguous'; input: string };

export type DateResult = { ok: true; value: number } | { ok: false; error: DateError };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_FIRST = /^(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Whether a locale writes the month before the day (`en-US`: 11/22/2026). */
export function monthFirst(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 10, 22));
  return parts.findIndex((p) => p.type === 'month') < parts.findIndex((p) => p.type === 'day');
}

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | undefined {
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : undefined;
}

const n = (s: string | undefined) => (s === undefined ? 0 : Number(s));

/**
 * Parses a date cell to epoch ms: ISO 8601 (`2026-03-31`, `2026-03-31T14:30:00+02:00`), `31.03.2026`,
 * `31-03-2026` and slashed dates, optionally followed by a time. Times without a zone are taken as UTC, a
 * date alone as UTC midnight. `03/04/2026` is read with the locale's order (en-US: month first, most
 * others: day first); without a locale it is `ambiguous` unless one part is above 12. Two-digit years are
 * refused: "26" could be 1926 or 2026.
 */
export function parseCsvDate(text: string, locale?: string): DateResult {
  const input = text;
  const s = text.trim();
  if (!s) return { ok: false, error: { code: 'empty', input } };
  let value: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(s))) {
    const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
    value = utc(n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6]), ms);
    const zone = m[8]?.toUpperCase();
    if (value !== undefined && zone && zone !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      value -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
  } else if ((m = DAY_FIRST.exec(s))) {
    value = utc(n(m[4]), n(m[3]), n(m[1]), n(m[5]), n(m[6]), n(m[7]));
  } else if ((m = SLASHED.exec(s))) {
    const [a, b] = [n(m[1]), n(m[2])];
    let monthIsFirst: boolean;
    if (a > 12 || b > 12 || a === b) monthIsFirst = b > 12;
    else if (locale) monthIsFirst = monthFirst(locale);
    else return { ok: false, error: { code: 'ambiguous', input } };
    const [mo, d] = monthIsFirst ? [a, b] : [b, a];
    value = utc(n(m[3]), mo, d, n(m[4]), n(m[5]), n(m[6]));
  }
  return value === undefined ? { ok: false, error: { code: 'invalid', input } } : { ok: true, value };
}
