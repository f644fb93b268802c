import { and, asc, eq, sql } from 'drizzle-orm';
import { PipelineSchema, type Pipeline } from '@pipeclip/shared';
import {
  closedRowsIn,
  forecastAccuracy,
  nextPeriods,
  periodOf,
  quarterKey,
  summarizeCounters,
  wonStatsFromRows,
  type CounterRow,
  type PipelineSummary,
} from '@pipeclip/shared/metrics';
import type { Database } from '../db/client.ts';
import { forecastSnapshots, members, quotas, records, teams } from '../db/schema.ts';
import { readCounters } from './counters.ts';

export interface RepSummary {
  member: { id: string; name: string; role: string };
  summary: PipelineSummary;
  quota: { period: string; amount: number; currency: string } | null;
  /** Won value in the quota period. */
  won: number;
  /** won ÷ quota, null without a quota. */
  attainment: number | null;
}

export interface TeamSummary {
  pipeline: Pipeline | null;
  pipelines: { id: string; name: string }[];
  currency: string;
  quotaPeriod: string;
  team: PipelineSummary | null;
  reps: RepSummary[];
  forecastAccuracy: number | null;
}

/** The last twelve whole UTC months, up to the end of the current one. */
function lookback(now: number) {
  const d = new Date(now);
  return { from: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1), to: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
}

/**
 * The manager's view: funnel, forecast, win rate and velocity for the team and per rep, quota attainment and a
 * leaderboard. Reads only the maintained counters, quotas and members: its cost does not grow with the deals.
 */
/** Summaries by team, valid while the team's version (bumped by every push) is unchanged. */
const cache = new Map<string, { version: number; value: TeamSummary }>();

/** Forgets a team's cached summaries: quotas and members change without a push. */
export function invalidateTeamSummary(teamId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${teamId}|`)) cache.delete(key);
}

export async function teamSummary(db: Database, teamId: string, opts: { pipelineId?: string | undefined; currency?: string | undefined; now?: number }): Promise<TeamSummary> {
  const now = opts.now ?? Date.now();
  const key = `${teamId}|${opts.pipelineId ?? ''}|${opts.currency ?? ''}|${new Date(now).toISOString().slice(0, 10)}`;
  const [{ version } = { version: -1 }] = await db.select({ version: teams.version }).from(teams).where(eq(teams.id, teamId));
  const hit = cache.get(key);
  if (hit && hit.version === version && opts.now === undefined) return hit.value;
  const value = await computeSummary(db, teamId, opts, now);
  if (cache.size > 500) cache.delete(cache.keys().next().value!);
  cache.set(key, { version, value });
  return value;
}

async function computeSummary(db: Database, teamId: string, opts: { pipelineId?: string | undefined; currency?: string | undefined }, now: number): Promise<TeamSummary> {
  const quotaPeriod = quarterKey(now);
  const pipelineRows = await db.select({ id: records.id, data: records.data }).from(records)
    .where(and(eq(records.teamId, teamId), eq(records.collection, 'pipelines'), eq(records.deleted, false))).orderBy(asc(records.version));
  const pipelines = pipelineRows.flatMap((r) => PipelineSchema.safeParse({ ...r.data, id: r.id }).data ?? []);
  const pipeline = pipelines.find((p) => p.id === opts.pipelineId) ?? pipelines[0] ?? null;
  const [counters, people, quotaRows] = await Promise.all([
    readCounters(db, teamId),
    db.select({ id: members.id, name: members.name, role: members.role }).from(members).where(eq(members.teamId, teamId)).orderBy(asc(members.createdAt)),
    db.select().from(quotas).where(and(eq(quotas.teamId, teamId), eq(quotas.period, quotaPeriod))),
  ]);
  const mine = pipeline ? counters.filter((r) => r.pipelineId === pipeline.id) : [];
  const currency = opts.currency ?? mostCommonCurrency(mine) ?? quotaRows[0]?.currency ?? 'EUR';
  const base = { pipelines: pipelines.map((p) => ({ id: p.id, name: p.name })), currency, quotaPeriod };
  if (!pipeline) return { ...base, pipeline: null, team: null, reps: [], forecastAccuracy: null };

  const summaryOpts = { pipeline, currency, now, period: lookback(now), forecastPeriods: [...nextPeriods(now, 'month', 3), ...nextPeriods(now, 'quarter', 2)] };
  const team = summarizeCounters(mine, summaryOpts);
  const inQuota = (rows: CounterRow[]) => wonStatsFromRows(closedRowsIn(rows.filter((r) => r.currency === currency), periodOf(quotaPeriod))).value;
  const byOwner = new Map<string | null, CounterRow[]>();
  for (const r of mine) {
    const list = byOwner.get(r.ownerId);
    if (list) list.push(r);
    else byOwner.set(r.ownerId, [r]);
  }
  const reps = people.map((member): RepSummary => {
    const rows = byOwner.get(member.id) ?? [];
    const q = quotaRows.find((x) => x.memberId === member.id && x.currency === currency);
    const won = inQuota(rows);
    return {
      member,
      summary: summarizeCounters(rows, summaryOpts),
      quota: q ? { period: q.period, amount: Number(q.amount), currency: q.currency } : null,
      won,
      attainment: q && Number(q.amount) > 0 ? won / Number(q.amount) : null,
    };
  });
  reps.sort((a, b) => b.won - a.won);
  return { ...base, pipeline, team, reps, forecastAccuracy: await recordAndScoreForecasts(db, teamId, pipeline.id, currency, team, mine, now) };
}

function mostCommonCurrency(rows: CounterRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.currency, (counts.get(r.currency) ?? 0) + r.count);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Keeps one forecast snapshot per period and day, and scores past ones against what was won. */
async function recordAndScoreForecasts(db: Database, teamId: string, pipelineId: string, currency: string, team: PipelineSummary, rows: CounterRow[], now: number) {
  const day = new Date(now).toISOString().slice(0, 10);
  const fresh = team.forecast.periods.map((p) => ({ teamId, pipelineId, currency, period: p.period, day, takenAt: now, forecast: p.weighted }));
  if (fresh.length) await db.insert(forecastSnapshots).values(fresh).onConflictDoNothing();
  const snapshots = await db.select().from(forecastSnapshots).where(and(eq(forecastSnapshots.teamId, teamId), eq(forecastSnapshots.pipelineId, pipelineId), eq(forecastSnapshots.currency, currency), sql`${forecastSnapshots.takenAt} < ${now}`));
  const periods = [...new Set(snapshots.map((s) => s.period))];
  const actual = Object.fromEntries(periods.map((p) => [p, wonStatsFromRows(closedRowsIn(rows.filter((r) => r.currency === currency), periodOf(p))).value]));
  return forecastAccuracy(snapshots.map((s) => ({ period: s.period, takenAt: s.takenAt, forecast: Number(s.forecast), currency: s.currency })), actual, currency, now).mean;
}

