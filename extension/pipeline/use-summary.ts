import type { Pipeline } from '@pipeclip/shared';
import { useEffect, useMemo } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { readSummary, type SummaryCache, type SummaryRead } from './summary-key.ts';

export interface BoardSummary extends SummaryCache {
  /** The currency most deals are in: the one the totals are shown in. */
  currency: string;
  fresh: boolean;
}

/**
 * The cached counters of a pipeline, shown at once; when the deals changed since, they are recounted in the
 * background (the metrics code loads only then) and the view updates when the new figures are stored.
 */
export function useSummary(pipeline: Pipeline | undefined): BoardSummary | undefined {
  return useSummaryState(pipeline).summary;
}

/** `useSummary`, and whether the cache has been read at all (an empty database has none to read). */
export function useSummaryState(pipeline: Pipeline | undefined, early?: SummaryRead): { summary: BoardSummary | undefined; read: boolean } {
  const live = useLiveQuery(() => (pipeline ? readSummary(getDb(), pipeline) : Promise.resolve(undefined)), [pipeline], undefined);
  // Until the live query answers, the boot script's read of the same rows (when there is one).
  const read = live ?? early;
  const stale = read !== undefined && !read.fresh;
  useEffect(() => {
    if (!stale || !pipeline) return;
    const timer = setTimeout(() => {
      void import('./summary-cache.ts').then((m) => m.recomputeSummary(getDb(), pipeline)).catch((err: unknown) => console.error('[pipeclip] summary failed', err));
    }, read?.cache ? 1500 : 300);
    return () => clearTimeout(timer);
  }, [stale, pipeline, read?.cache?.fingerprint]);
  const summary = useMemo(() => {
    if (!read?.cache) return undefined;
    const currency = Object.entries(read.cache.currencies).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
    return { ...read.cache, currency, fresh: read.fresh };
  }, [read]);
  return { summary, read: read !== undefined };
}
