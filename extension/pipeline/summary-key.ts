import type { Pipeline } from '@pipeclip/shared';
import type { CounterRow } from '@pipeclip/shared/metrics';
import type { PipeclipDb } from '../db/database.ts';
import { DEALS_VERSION_KEY } from '../db/deals-version.ts';

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
 * What the cache was computed from: the deals' version token (replaced by every write to `deals`, in the
 * writer's transaction: see db/deals-version.ts) and the pipeline's own version. The newest `updatedAt` is
 * not enough: a pull that deletes older deals, or brings a teammate's edit stamped earlier, leaves it as it was.
 */
export async function fingerprintOf(db: PipeclipDb, pipeline: Pipeline): Promise<string> {
  const version = (await db.meta.get(DEALS_VERSION_KEY))?.value;
  return `${typeof version === 'string' ? version : 'none'}:${pipeline.updatedAt}:${pipeline.stages.length}`;
}

export async function readSummary(db: PipeclipDb, pipeline: Pipeline): Promise<{ cache: SummaryCache | undefined; fresh: boolean }> {
  const [row, fingerprint] = await Promise.all([db.meta.get(summaryKey(pipeline.id)), fingerprintOf(db, pipeline)]);
  const cache = row?.value as SummaryCache | undefined;
  return { cache, fresh: cache?.fingerprint === fingerprint };
}
