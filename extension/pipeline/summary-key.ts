import type { Pipeline } from '@pipeclip/shared';
import type { CounterRow } from '@pipeclip/shared/metrics';
import type { PipeclipDb } from '../db/database.ts';

/** A pipeline's counter rows and bottleneck, kept in `meta` so the board and metrics open without a scan. */
export interface SummaryCache {
  fingerprint: string;
  computedAt: number;
  rows: CounterRow[];
  /** Live deals per currency, to pick the currency shown and say how many are left out. */
  currencies: Record<string, number>;
  bottleneck: { conversion?: string | undefined; slowest?: string | undefined };
}

export const summaryKey = (pipelineId: string) => `summary:${pipelineId}`;

/**
 * What the cache was computed from: the newest deal change (an index lookup, one record read) and the
 * pipeline's own version. Any edit bumps `updatedAt`, so a changed fingerprint means the cache is stale.
 */
export async function fingerprintOf(db: PipeclipDb, pipeline: Pipeline): Promise<string> {
  const last = await db.deals.orderBy('updatedAt').last();
  return `${last?.updatedAt ?? 0}:${last?.id ?? ''}:${pipeline.updatedAt}:${pipeline.stages.length}`;
}

export async function readSummary(db: PipeclipDb, pipeline: Pipeline): Promise<{ cache: SummaryCache | undefined; fresh: boolean }> {
  const [row, fingerprint] = await Promise.all([db.meta.get(summaryKey(pipeline.id)), fingerprintOf(db, pipeline)]);
  const cache = row?.value as SummaryCache | undefined;
  return { cache, fresh: cache?.fingerprint === fingerprint };
}
