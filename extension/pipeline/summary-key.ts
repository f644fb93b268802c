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
  return fingerprintFrom((await db.meta.get(DEALS_VERSION_KEY))?.value, pipeline);
}

/** The fingerprint from the stored deals version (read by Dexie, or by the side panel's boot script). */
export const fingerprintFrom = (version: unknown, pipeline: Pipeline) => `${typeof version === 'string' ? version : 'none'}:${pipeline.updatedAt}:${pipeline.stages.length}`;

export interface SummaryRead {
  cache: SummaryCache | undefined;
  fresh: boolean;
}

/** How a stored summary row and deals version read: the cache, and whether it matches the data. */
export function summaryRead(row: unknown, version: unknown, pipeline: Pipeline): SummaryRead {
  const cache = (row as { value?: unknown } | undefined)?.value as SummaryCache | undefined;
  return { cache, fresh: cache?.fingerprint === fingerprintFrom(version, pipeline) };
}

export async function readSummary(db: PipeclipDb, pipeline: Pipeline): Promise<SummaryRead> {
  const [row, version] = await Promise.all([db.meta.get(summaryKey(pipeline.id)), db.meta.get(DEALS_VERSION_KEY)]);
  return summaryRead(row, version?.value, pipeline);
}
