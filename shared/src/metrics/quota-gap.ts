import type { Quota } from '../model/team.ts';
import type { DealSet } from './deal-facts.ts';
import { inPeriod, periodOf, type Period } from './period.ts';
import { cents, ratio } from './stats.ts';
import { closedIn, winRateFromRows, wonStatsFromRows } from './won-deals.ts';
import { rowsOf } from './counters.ts';

/** What the quota gap is computed from. */
export interface QuotaGapInput {
  /** The quota (Verkaufsziel) for the period. */
  target: number;
  /** Value already won in the period. */
  won: number;
  /** Value of the open deals that can still close in the period. */
  pipelineValue: number;
  /** How many open deals make up that value. */
  openDeals: number;
  /** Share of deals that convert to won (the win rate); null when unknown. */
  conversionRate: number | null;
}

/** How far the period is from its quota, and what it takes to close the gap. */
export interface QuotaGap {
  /** won ÷ target; null for a zero target. */
  attainment: number | null;
  /** target − won, at least 0. */
  remaining: number;
  /** pipeline value × conversion rate. */
  forecast: number | null;
  /** remaining − forecast, at least 0: what the current pipeline will not bring in. */
  gap: number | null;
  /** The pipeline value needed at the current conversion rate: remaining ÷ rate. */
  requiredPipeline: number | null;
  /** requiredPipeline ÷ pipeline value: 2 means "twice the pipeline you have". */
  pipelineMultiple: number | null;
  /** Further open deals of today's average value needed to close the gap at the current rate. */
  leadsNeeded: number | null;
}

/** The quota gap in value and in leads still needed at the current conversion rate. */
export function quotaGap(input: QuotaGapInput): QuotaGap {
  const { target, won, pipelineValue, openDeals, conversionRate: rate } = input;
  const remaining = cents(Math.max(0, target - won));
  const forecast = rate === null ? null : cents(pipelineValue * rate);
  const gap = forecast === null ? null : cents(Math.max(0, remaining - forecast));
  const requiredPipeline = remaining === 0 ? 0 : rate ? cents(remaining / rate) : null;
  const pipelineMultiple = requiredPipeline === null ? null : ratio(requiredPipeline, pipelineValue);
  const perLead = rate && openDeals ? (pipelineValue / openDeals) * rate : 0;
  const leadsNeeded = gap === 0 ? 0 : gap !== null && perLead > 0 ? Math.ceil(gap / perLead) : null;
  return { attainment: ratio(won, target), remaining, forecast, gap, requiredPipeline, pipelineMultiple, leadsNeeded };
}

/**
 * The quota gap of a deal set for a quota: won = deals won in the quota's period, pipeline = open deals
 * expected to close in it, conversion = win rate over `lookback`. The quota's currency must be the set's.
 */
export function quotaGapOf(set: DealSet, quota: Quota, lookback: Period): QuotaGap {
  if (quota.currency !== set.currency) throw new RangeError('quotaGapOf: quota and deals differ in currency');
  const period = periodOf(quota.period);
  const open = set.facts.filter(
    (f) => f.outcome === 'open' && f.deal.expectedCloseAt !== undefined && inPeriod(f.deal.expectedCloseAt, period),
  );
  return quotaGap({
    target: quota.amount,
    won: wonStatsFromRows(rowsOf(closedIn(set, period))).value,
    pipelineValue: cents(open.reduce((sum, f) => sum + f.deal.value, 0)),
    openDeals: open.length,
    conversionRate: winRateFromRows(rowsOf(closedIn(set, lookback))).rate,
  });
}
