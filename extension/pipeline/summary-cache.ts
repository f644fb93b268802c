import Dexie, { type Table } from 'dexie';
import type { Deal, Pipeline } from '@pipeclip/shared';
import { bottleneckStage, contributionDelta, rowsOf, selectDeals, sumCounters, type CounterRow } from '@pipeclip/shared/metrics';
import type { PipeclipDb } from '../db/database.ts';
import { fingerprintOf, summaryKey, type SummaryCache } from './summary-key.ts';
import { dealsInPipeline } from './stage-index.ts';

/** Every live deal of a pipeline (the metrics and the cache recompute need them all). */
export const dealsOf = (db: PipeclipDb, pipeline: Pipeline): Promise<Deal[]> =>
  dealsInPipeline(db, pipeline.id).toArray();

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

/** A deal as it was before a change and as it is after (undefined: did not exist / was deleted). */
export interface DealChange {
  before: Deal | undefined;
  after: Deal | undefined;
}

/**
 * Runs the rep's own change to one deal and, in the same transaction, adjusts the cached counters by the
 * deal's contribution delta instead of recounting every deal. Only a cache that was fresh just before the
 * change is adjusted; a stale one is left for its recount.
 */
export async function withCountedChange(db: PipeclipDb, pipeline: Pipeline, before: Deal | undefined, change: () => Promise<Deal | undefined>): Promise<void> {
  await withCountedChanges(db, pipeline, async () => [{ before, after: await change() }]);
}

/**
 * `withCountedChange` for many deals of `pipeline` at once (an import part): the counters move by the sum of
 * the deltas. `tables` are the other tables the change writes, so it can run inside this transaction.
 */
export async function withCountedChanges(db: PipeclipDb, pipeline: Pipeline, change: () => Promise<DealChange[]>, tables: Table[] = []): Promise<void> {
  await db.transaction('rw', [db.deals, db.outbox, db.meta, ...tables], async () => {
    const [row, fingerprint] = await Promise.all([db.meta.get(summaryKey(pipeline.id)), fingerprintOf(db, pipeline)]);
    const changes = await change();
    const held = row?.value as SummaryCache | undefined;
    if (!held || held.fingerprint !== fingerprint) return;
    const delta: CounterRow[] = changes.flatMap(({ before, after }) => contributionDelta(before && { deal: before, pipeline }, after && { deal: after, pipeline }));
    const currencies = { ...held.currencies };
    for (const { before, after } of changes) {
      if (before && !before.deletedAt) currencies[before.currency] = (currencies[before.currency] ?? 1) - 1;
      if (after && !after.deletedAt) currencies[after.currency] = (currencies[after.currency] ?? 0) + 1;
    }
    await db.meta.put({ key: summaryKey(pipeline.id), value: { ...held, rows: sumCounters([...held.rows, ...delta]), currencies, fingerprint: await fingerprintOf(db, pipeline) } });
  });
}
