import Dexie from 'dexie';
import type { Deal, Pipeline } from '@pipeclip/shared';
import { bottleneckStage, contributionDelta, rowsOf, selectDeals, sumCounters, type CounterRow } from '@pipeclip/shared/metrics';
import type { PipeclipDb } from '../db/database.ts';
import { fingerprintOf, summaryKey, type SummaryCache } from './summary-key.ts';

/** Every live deal of a pipeline (the metrics and the cache recompute need them all). */
export const dealsOf = (db: PipeclipDb, pipeline: Pipeline): Promise<Deal[]> =>
  db.deals.where('[pipelineId+stageId]').between([pipeline.id, Dexie.minKey], [pipeline.id, Dexie.maxKey]).toArray();

/**
 * Recounts a pipeline's counter rows (the same additive rows the server keeps for the team) and its
 * bottleneck stages, and stores them with the fingerprint of the data they were computed from.
 */
export async function recomputeSummary(db: PipeclipDb, pipeline: Pipeline, now = Date.now(), deals?: Deal[]): Promise<SummaryCache> {
  const fingerprint = await fingerprintOf(db, pipeline);
  const all = deals ?? (await dealsOf(db, pipeline));
  const currencies: Record<string, number> = {};
  for (const d of all) if (!d.deletedAt) currencies[d.currency] = (currencies[d.currency] ?? 0) + 1;
  const main = Object.entries(currencies).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
  const set = selectDeals(all, { pipeline, currency: main });
  const b = bottleneckStage(set, now);
  const cache: SummaryCache = {
    fingerprint,
    computedAt: now,
    rows: sumCounters(Object.keys(currencies).flatMap((currency) => (currency === main ? rowsOf(set) : rowsOf(selectDeals(all, { pipeline, currency }))))),
    currencies,
    bottleneck: { conversion: b.lowestConversion?.stageId, slowest: b.longestTime?.stageId },
  };
  await db.meta.put({ key: summaryKey(pipeline.id), value: cache });
  return cache;
}

/** After the rep's own change to one deal: adjust the cached rows instead of recounting every deal. */
export async function applyDealChange(db: PipeclipDb, pipeline: Pipeline, before: Deal | undefined, after: Deal | undefined): Promise<void> {
  const held = (await db.meta.get(summaryKey(pipeline.id)))?.value as SummaryCache | undefined;
  if (!held) return;
  const delta: CounterRow[] = contributionDelta(before && { deal: before, pipeline }, after && { deal: after, pipeline });
  const currencies = { ...held.currencies };
  if (before && !before.deletedAt) currencies[before.currency] = (currencies[before.currency] ?? 1) - 1;
  if (after && !after.deletedAt) currencies[after.currency] = (currencies[after.currency] ?? 0) + 1;
  await db.meta.put({ key: summaryKey(pipeline.id), value: { ...held, rows: sumCounters([...held.rows, ...delta]), currencies, fingerprint: await fingerprintOf(db, pipeline) } });
}
