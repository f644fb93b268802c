import { rowsOf, type CounterRow } from './counters.ts';
import { filterSet, type DealSet } from './deal-facts.ts';
import { inPeriod, monthsOf, type Period } from './period.ts';
import { cents, ratio } from './stats.ts';

/** Won versus lost deals closed in a period. */
export interface WinRate {
  won: number;
  lost: number;
  /** won ÷ (won + lost); null when nothing closed. */
  rate: number | null;
}

/** Won deals closed in a period. */
export interface WonStats {
  count: number;
  value: number;
  /** Mean value of won deals; null with none. */
  averageDealSize: number | null;
  /** Mean days from creation to won; null with none. */
  averageCycleDays: number | null;
}

/** Win rate from counter rows (already limited to the period). */
export function winRateFromRows(rows: readonly CounterRow[]): WinRate {
  let won = 0;
  let lost = 0;
  for (const r of rows) {
    if (r.status === 'won') won += r.count;
    else if (r.status === 'lost') lost += r.count;
  }
  return { won, lost, rate: ratio(won, won + lost) };
}

/** Won-deal statistics from counter rows (already limited to the period). */
export function wonStatsFromRows(rows: readonly CounterRow[]): WonStats {
  let count = 0;
  let value = 0;
  let cycle = 0;
  for (const r of rows) {
    if (r.status !== 'won') continue;
    count += r.count;
    value += r.value;
    cycle += r.cycleDays;
  }
  return { count, value: cents(value), averageDealSize: ratio(cents(value), count), averageCycleDays: ratio(cycle, count) };
}

/** The deals of the set that closed (won or lost) in the period, by their exact close time. */
export function closedIn(set: DealSet, period: Period): DealSet {
  return filterSet(set, (f) => f.closedAt !== undefined && inPeriod(f.closedAt, period));
}

/** The closed counter rows whose close month lies in a month-aligned period (throws if not aligned). */
export function closedRowsIn(rows: readonly CounterRow[], period: Period): CounterRow[] {
  const months = new Set(monthsOf(period));
  return rows.filter((r) => r.status !== 'open' && r.closeMonth !== null && months.has(r.closeMonth));
}

/** Win rate (Abschlussquote): won ÷ (won + lost) among deals closed in the period. */
export function winRate(set: DealSet, period: Period): WinRate {
  return winRateFromRows(rowsOf(closedIn(set, period)));
}

/** Average deal size: mean value of deals won in the period; null with none. */
export function averageWonDealSize(set: DealSet, period: Period): number | null {
  return wonStatsFromRows(rowsOf(closedIn(set, period))).averageDealSize;
}

/** Sales cycle length: mean days from a deal's creation to its win, over deals won in the period. */
export function salesCycleLength(set: DealSet, period: Period): number | null {
  return wonStatsFromRows(rowsOf(closedIn(set, period))).averageCycleDays;
}
