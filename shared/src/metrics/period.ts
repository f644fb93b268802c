import { z } from 'zod';

/** Milliseconds in a day; durations in the metrics are reported in (fractional) days. */
export const DAY_MS = 86_400_000;

/** A half-open time range `[from, to)` in epoch milliseconds. */
export interface Period {
  from: number;
  to: number;
}

/** `2026-11` (a month) or `2026-Q4` (a quarter), the same keys quotas use. Months are UTC calendar months. */
export const PeriodKeySchema = z
  .string()
  .regex(/^\d{4}-(Q[1-4]|(0[1-9]|1[0-2]))$/, 'period must look like 2026-Q4 or 2026-11');
export type PeriodKey = z.infer<typeof PeriodKeySchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The UTC month key (`2026-11`) of an instant. */
export function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The UTC quarter key (`2026-Q4`) of an instant. */
export function quarterKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The time range a period key covers; throws on a malformed key (a bug: keys are parsed at the edge). */
export function periodOf(key: string): Period {
  const parsed = PeriodKeySchema.parse(key);
  const year = Number(parsed.slice(0, 4));
  const rest = parsed.slice(5);
  const [firstMonth, months] = rest.startsWith('Q') ? [(Number(rest[1]) - 1) * 3, 3] : [Number(rest) - 1, 1];
  return { from: Date.UTC(year, firstMonth, 1), to: Date.UTC(year, firstMonth + months, 1) };
}

/** Whether `ms` lies in the half-open period. */
export function inPeriod(ms: number, period: Period): boolean {
  return ms >= period.from && ms < period.to;
}

/** The month keys a month-aligned period covers; throws if the period does not start and end on a UTC month. */
export function monthsOf(period: Period): string[] {
  const start = new Date(period.from);
  const aligned = (ms: number) => {
    const d = new Date(ms);
    return d.getTime() === Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  };
  if (!aligned(period.from) || !aligned(period.to) || period.to < period.from) {
    throw new RangeError('counter metrics need a period that starts and ends on a UTC month boundary');
  }
  const keys: string[] = [];
  for (let m = 0; ; m++) {
    const ms = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
    if (ms >= period.to) return keys;
    keys.push(monthKey(ms));
  }
}

/** Whole and fractional days between two instants. */
export function daysBetween(from: number, to: number): number {
  return (to - from) / DAY_MS;
}
