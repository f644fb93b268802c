import { z } from 'zod';
import { CurrencySchema, EpochMsSchema, IdSchema } from '../model/common.ts';
import { rowsOf } from './counters.ts';
import type { DealSet } from './deal-facts.ts';
import { PeriodKeySchema, periodOf } from './period.ts';
import { mean } from './stats.ts';
import { closedIn, wonStatsFromRows } from './won-deals.ts';

/** A forecast as it stood when recorded, to compare with what was won once the period is over. */
export const ForecastSnapshotSchema = z.object({
  period: PeriodKeySchema,
  takenAt: EpochMsSchema,
  /** The weighted forecast for the period at `takenAt`. */
  forecast: z.number().finite().min(0),
  currency: CurrencySchema,
  /** The rep the forecast was for; absent for a whole team or pipeline. */
  ownerId: IdSchema.optional(),
});
export type ForecastSnapshot = z.infer<typeof ForecastSnapshotSchema>;

/** One snapshot judged against the actual result. */
export interface SnapshotAccuracy {
  snapshot: ForecastSnapshot;
  actual: number;
  /** forecast − actual: positive means the forecast was too optimistic. */
  error: number;
  /** 1 − |forecast − actual| ÷ actual, in 0..1. */
  accuracy: number;
}

/**
 * 1 − |forecast − actual| ÷ actual, clamped to 0..1: a forecast off by the whole actual or more scores 0.
 * With nothing won, a forecast of 0 scores 1 and any other forecast 0.
 */
export function accuracyOf(forecast: number, actual: number): number {
  if (actual === 0) return forecast === 0 ? 1 : 0;
  return Math.max(0, 1 - Math.abs(forecast - actual) / actual);
}

/**
 * Forecast accuracy over snapshots of periods that are over by `now` and taken before their period ended
 * (a forecast made afterwards is hindsight). Snapshots in another currency or of a period missing from
 * `actualWon` are left out. `mean` is the mean accuracy, null with none judged.
 */
export function forecastAccuracy(
  snapshots: readonly ForecastSnapshot[],
  actualWon: Readonly<Record<string, number>>,
  currency: string,
  now: number,
): { results: SnapshotAccuracy[]; mean: number | null } {
  const results: SnapshotAccuracy[] = [];
  for (const snapshot of snapshots) {
    const end = periodOf(snapshot.period).to;
    const actual = actualWon[snapshot.period];
    if (snapshot.currency !== currency || end > now || snapshot.takenAt >= end || actual === undefined) continue;
    results.push({ snapshot, actual, error: snapshot.forecast - actual, accuracy: accuracyOf(snapshot.forecast, actual) });
  }
  return { results, mean: mean(results.map((r) => r.accuracy)) };
}

/** The value won in each period, by exact close time: the `actualWon` for {@link forecastAccuracy}. */
export function wonByPeriod(set: DealSet, periodKeys: readonly string[]): Record<string, number> {
  return Object.fromEntries(periodKeys.map((k) => [k, wonStatsFromRows(rowsOf(closedIn(set, periodOf(k)))).value]));
}
