import type { Deal } from '../model/deal.ts';
import type { Pipeline } from '../model/pipeline.ts';
import { rowsOf, type CounterRow } from './counters.ts';
import { selectDeals, type IgnoredDeals } from './deal-facts.ts';
import { forecastFromRows, type Forecast } from './forecast.ts';
import { funnelFromRows, openTotalsFromRows, type FunnelStage, type OpenTotals } from './pipeline-value.ts';
import type { Period } from './period.ts';
import { velocityFromRows, type SalesVelocity } from './velocity.ts';
import { closedRowsIn, winRateFromRows, wonStatsFromRows, type WinRate, type WonStats } from './won-deals.ts';

/** What a summary is about. `period` must start and end on UTC month boundaries. */
export interface SummaryOptions {
  pipeline: Pipeline;
  currency: string;
  now: number;
  /** The look-back for win rate, won deals, cycle length and velocity. */
  period: Period;
  /** Period keys to forecast (`2026-11`, `2026-Q4`). */
  forecastPeriods: readonly string[];
}

/** The funnel, forecast and win-rate numbers of a pipeline, the same whether from deals or from counters. */
export interface PipelineSummary {
  /** Deleted deals are not in counter rows, so a summary from counters always reports 0 of them. */
  ignored: IgnoredDeals;
  open: OpenTotals;
  funnel: FunnelStage[];
  winRate: WinRate;
  won: WonStats;
  velocity: SalesVelocity;
  forecast: Forecast;
}

/**
 * Turns the team counters (summed {@link CounterRow}s, any pipelines and currencies) back into the pipeline
 * numbers. The batch metrics run the same functions over a deal set's rows, so both agree.
 */
export function summarizeCounters(rows: readonly CounterRow[], opts: SummaryOptions): PipelineSummary {
  const ignored: IgnoredDeals = { deleted: 0, otherPipeline: 0, otherCurrency: 0 };
  const mine: CounterRow[] = [];
  for (const r of rows) {
    if (r.pipelineId !== opts.pipeline.id) ignored.otherPipeline += r.count;
    else if (r.currency !== opts.currency) ignored.otherCurrency += r.count;
    else mine.push(r);
  }
  return summarize(mine, ignored, opts);
}

/** The same summary computed from the deals themselves (the side panel's view of a rep's own pipeline). */
export function summarizeDeals(deals: readonly Deal[], opts: SummaryOptions): PipelineSummary {
  const set = selectDeals(deals, opts);
  return summarize(rowsOf(set), set.ignored, opts);
}

function summarize(rows: CounterRow[], ignored: IgnoredDeals, opts: SummaryOptions): PipelineSummary {
  const closed = closedRowsIn(rows, opts.period);
  return {
    ignored,
    open: openTotalsFromRows(rows),
    funnel: funnelFromRows(rows, opts.pipeline),
    winRate: winRateFromRows(closed),
    won: wonStatsFromRows(closed),
    velocity: velocityFromRows(rows, opts.period),
    forecast: forecastFromRows(rows, opts.forecastPeriods, opts.now),
  };
}
