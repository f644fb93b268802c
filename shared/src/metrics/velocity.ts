import { rowsOf, type CounterRow } from './counters.ts';
import type { DealSet } from './deal-facts.ts';
import { openTotalsFromRows } from './pipeline-value.ts';
import type { Period } from './period.ts';
import { closedIn, closedRowsIn, winRateFromRows, wonStatsFromRows } from './won-deals.ts';

/** Sales velocity and the four numbers it is made of. */
export interface SalesVelocity {
  /** Revenue per day the pipeline produces; null when a component is unknown or the cycle is 0 days. */
  perDay: number | null;
  openDeals: number;
  winRate: number | null;
  averageDealSize: number | null;
  cycleDays: number | null;
}

/** open deals × win rate × average deal size ÷ cycle length (days). */
export function velocityOf(openRows: readonly CounterRow[], closedRows: readonly CounterRow[]): SalesVelocity {
  const openDeals = openTotalsFromRows(openRows).count;
  const { rate } = winRateFromRows(closedRows);
  const { averageDealSize, averageCycleDays } = wonStatsFromRows(closedRows);
  const perDay =
    rate === null || averageDealSize === null || !averageCycleDays
      ? null
      : (openDeals * rate * averageDealSize) / averageCycleDays;
  return { perDay, openDeals, winRate: rate, averageDealSize, cycleDays: averageCycleDays };
}

/** Velocity from counter rows: today's open deals, win rate, deal size and cycle of a month-aligned period. */
export function velocityFromRows(rows: readonly CounterRow[], period: Period): SalesVelocity {
  return velocityOf(rows, closedRowsIn(rows, period));
}

/**
 * Sales velocity (Verkaufsgeschwindigkeit): today's open deals, with win rate, average won deal size and
 * sales cycle taken from the deals closed in `period` (a look-back such as the last 12 months).
 */
export function salesVelocity(set: DealSet, period: Period): SalesVelocity {
  return velocityOf(rowsOf(set), rowsOf(closedIn(set, period)));
}
