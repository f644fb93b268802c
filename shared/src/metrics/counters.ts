import type { Deal, DealStatus } from '../model/deal.ts';
import type { Pipeline } from '../model/pipeline.ts';
import { factsOf, type DealFacts, type DealSet } from './deal-facts.ts';
import { monthKey } from './period.ts';
import { cents } from './stats.ts';

/** The dimensions of the team counters the server keeps in its push transaction. */
export interface CounterKey {
  pipelineId: string;
  currency: string;
  ownerId: string | null;
  stageId: string;
  status: DealStatus;
  /** UTC month (`2026-11`) of `expectedCloseAt` for an open deal (null when unset), of the close otherwise. */
  closeMonth: string | null;
}

/** Additive measures per key. Money is rounded to cents so a `numeric` column sums it exactly. */
export interface CounterValues {
  count: number;
  value: number;
  /** Σ value × effective probability. */
  weighted: number;
  /** Σ value of open deals at or above the commit probability. */
  commit: number;
  /** Σ days from creation to close of won deals (4 decimals). */
  cycleDays: number;
}

export type CounterRow = CounterKey & CounterValues;

const MEASURES = ['count', 'value', 'weighted', 'commit', 'cycleDays'] as const;
const round = (measure: (typeof MEASURES)[number], n: number) =>
  measure === 'cycleDays' ? Math.round(n * 10_000) / 10_000 : measure === 'count' ? n : cents(n);

/** A stable string for a key, to use in maps or as a database unique key. */
export function counterKey(k: CounterKey): string {
  return JSON.stringify([k.pipelineId, k.currency, k.ownerId, k.stageId, k.status, k.closeMonth]);
}

/** The counter row of one deal's facts. */
export function rowOf(f: DealFacts): CounterRow {
  const { deal } = f;
  const month = f.outcome === 'open' ? deal.expectedCloseAt : f.closedAt;
  return {
    pipelineId: deal.pipelineId,
    currency: deal.currency,
    ownerId: deal.ownerId ?? null,
    stageId: deal.stageId,
    status: f.outcome,
    closeMonth: month === undefined ? null : monthKey(month),
    count: 1,
    value: cents(deal.value),
    weighted: f.weighted,
    commit: f.commit ? cents(deal.value) : 0,
    cycleDays: f.cycleDays,
  };
}

/** The unmerged counter rows of a deal set (what the batch metrics feed the counter functions). */
export function rowsOf(set: DealSet): CounterRow[] {
  return set.facts.map(rowOf);
}

/**
 * What one deal adds to the team counters: one row, or none once deleted. `pipeline` is the deal's own
 * pipeline (undefined if it no longer exists: the deal then counts with no stage probability).
 */
export function dealContribution(deal: Deal, pipeline: Pipeline | undefined): CounterRow[] {
  if (deal.deletedAt !== undefined) return [];
  if (pipeline && pipeline.id !== deal.pipelineId) throw new RangeError('dealContribution: not the deal’s pipeline');
  const stages = pipeline ?? { id: deal.pipelineId, stages: [] };
  return [rowOf(factsOf(deal, stages as Pipeline))];
}

/** Adds rows with equal keys together and drops rows that sum to nothing. */
export function sumCounters(rows: readonly CounterRow[]): CounterRow[] {
  const byKey = new Map<string, CounterRow>();
  for (const row of rows) {
    const key = counterKey(row);
    const acc = byKey.get(key);
    if (!acc) byKey.set(key, { ...row });
    else for (const m of MEASURES) acc[m] = round(m, acc[m] + row[m]);
  }
  return [...byKey.values()].filter((r) => MEASURES.some((m) => r[m] !== 0));
}

/**
 * The rows to add to the counters when a deal changes from `before` to `after` (either may be undefined
 * for a create or an erase): the new contribution minus the old one, merged by key.
 */
export function contributionDelta(
  before: { deal: Deal; pipeline: Pipeline | undefined } | undefined,
  after: { deal: Deal; pipeline: Pipeline | undefined } | undefined,
): CounterRow[] {
  const removed = before ? dealContribution(before.deal, before.pipeline).map(negate) : [];
  const added = after ? dealContribution(after.deal, after.pipeline) : [];
  return sumCounters([...removed, ...added]);
}

function negate(row: CounterRow): CounterRow {
  const out = { ...row };
  for (const m of MEASURES) out[m] = -row[m];
  return out;
}
