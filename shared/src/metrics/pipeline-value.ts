import type { Pipeline } from '../model/pipeline.ts';
import { rowsOf, type CounterRow } from './counters.ts';
import type { DealSet } from './deal-facts.ts';
import { cents, ratio } from './stats.ts';

/** Totals over open deals. Won and lost deals never count in the pipeline. */
export interface OpenTotals {
  count: number;
  /** Pipeline value: Σ value. */
  value: number;
  /** Weighted pipeline value: Σ value × effective probability. */
  weighted: number;
  /** Σ value of commit deals (probability ≥ 0.7). */
  commit: number;
}

/** One open stage of the funnel, in pipeline order. */
export interface FunnelStage {
  stageId: string;
  count: number;
  value: number;
  weighted: number;
}

/** Open totals from counter rows (of one pipeline and currency). */
export function openTotalsFromRows(rows: readonly CounterRow[]): OpenTotals {
  const t: OpenTotals = { count: 0, value: 0, weighted: 0, commit: 0 };
  for (const r of rows) {
    if (r.status !== 'open') continue;
    t.count += r.count;
    t.value += r.value;
    t.weighted += r.weighted;
    t.commit += r.commit;
  }
  return { count: t.count, value: cents(t.value), weighted: cents(t.weighted), commit: cents(t.commit) };
}

/**
 * Open deals per open stage of `pipeline`, in its order. Open deals in a stage the pipeline no longer has
 * count in the totals but in no funnel stage.
 */
export function funnelFromRows(rows: readonly CounterRow[], pipeline: Pipeline): FunnelStage[] {
  return pipeline.stages
    .filter((s) => s.kind === 'open')
    .map((s) => {
      const t = openTotalsFromRows(rows.filter((r) => r.stageId === s.id));
      return { stageId: s.id, count: t.count, value: t.value, weighted: t.weighted };
    });
}

/** Number of open deals in the pipeline. */
export function openDealCount(set: DealSet): number {
  return openTotalsFromRows(rowsOf(set)).count;
}

/** Pipeline value: sum of the values of open deals. */
export function pipelineValue(set: DealSet): number {
  return openTotalsFromRows(rowsOf(set)).value;
}

/** Weighted pipeline value: sum over open deals of value × (deal.probability ?? stage.probability). */
export function weightedPipelineValue(set: DealSet): number {
  return openTotalsFromRows(rowsOf(set)).weighted;
}

/** Mean value of open deals (label it "average open deal", not "average deal size"); null with none. */
export function averageOpenDealSize(set: DealSet): number | null {
  const t = openTotalsFromRows(rowsOf(set));
  return ratio(t.value, t.count);
}

/** Open deals per open stage, in pipeline order. */
export function funnel(set: DealSet): FunnelStage[] {
  return funnelFromRows(rowsOf(set), set.pipeline);
}
