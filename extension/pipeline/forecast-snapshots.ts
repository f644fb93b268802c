import { nextPeriods, summarizeCounters, type Period } from '@pipeclip/shared/metrics';
import type { PipeclipDb } from '../db/database.ts';
import { readSnapshots, snapshotForecast } from './metrics-store.ts';
import { recomputeSummary } from './summary-cache.ts';
import { readSummary } from './summary-key.ts';

/** The months up to and including this one, `months` of them: the window win rate and cycle are read over. */
export function lookback(now: number, months = 12): Period {
  const d = new Date(now);
  return { from: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months + 1, 1), to: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
}

/** The periods the metrics view forecasts: the next four months and three quarters. */
export const forecastPeriods = (now: number) => [...nextPeriods(now, 'month', 4), ...nextPeriods(now, 'quarter', 3)];

const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

/**
 * Records today's forecast of every pipeline in the currency most of its deals are in, once a day, from the
 * background: forecast accuracy then has its snapshots even for a rep who seldom opens the metrics. Cheap when
 * today's are taken (one read per pipeline); otherwise from the cached counters, recounted if stale.
 */
export async function snapshotForecastsDaily(db: PipeclipDb, now = Date.now()): Promise<number> {
  const periods = forecastPeriods(now);
  let taken = 0;
  for (const pipeline of (await db.pipelines.toArray()).filter((p) => !p.deletedAt)) {
    const today = new Set((await readSnapshots(db, pipeline.id)).filter((s) => sameDay(s.takenAt, now)).map((s) => s.period));
    if (periods.every((p) => today.has(p))) continue;
    const read = await readSummary(db, pipeline);
    const cache = read.fresh && read.cache ? read.cache : await recomputeSummary(db, pipeline, now);
    const currency = Object.entries(cache.currencies).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
    const summary = summarizeCounters(cache.rows, { pipeline, currency, now, period: lookback(now), forecastPeriods: periods });
    if (await snapshotForecast(db, pipeline.id, summary.forecast.periods, currency, now)) taken++;
  }
  return taken;
}
