import type { TeamSummary } from '../services/summary.ts';
import type { ForecastColumn, FunnelRow } from './Charts.tsx';
import type { Formats } from './format.ts';

/** Funnel rows in pipeline order, with the share of deals at or past each stage that reached the next. */
export function funnelRows(s: TeamSummary, f: Formats): FunnelRow[] {
  if (!s.pipeline || !s.team) return [];
  const stages = new Map(s.pipeline.stages.map((st) => [st.id, st]));
  const funnel = s.team.funnel;
  const won = s.team.winRate.won;
  // reached[i]: deals now in stage i or later, won ones included.
  const reached = funnel.map((_, i) => funnel.slice(i).reduce((n, r) => n + r.count, 0) + won);
  return funnel.map((r, i) => ({
    ...r,
    name: f.stage(stages.get(r.stageId) ?? { id: r.stageId, name: r.stageId }),
    conversion: i + 1 < funnel.length ? (reached[i]! > 0 ? reached[i + 1]! / reached[i]! : null) : reached[i]! > 0 ? won / reached[i]! : null,
  }));
}

/** The team quota for the quota period in the shown currency: the sum of the reps' quotas. */
export function teamQuota(s: TeamSummary): number | null {
  const set = s.reps.filter((r) => r.quota);
  return set.length ? set.reduce((sum, r) => sum + r.quota!.amount, 0) : null;
}

/** Forecast per period; the team quota sits on the quota period's column. */
export function forecastColumns(s: TeamSummary, f: Formats): ForecastColumn[] {
  const quota = teamQuota(s);
  return (s.team?.forecast.periods ?? []).map((p) => ({
    label: f.period(p.period),
    weighted: p.weighted,
    commit: p.commit,
    bestCase: p.bestCase,
    won: p.won,
    quota: p.period === s.quotaPeriod ? quota : null,
  }));
}
