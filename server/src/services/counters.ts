import { sql } from 'drizzle-orm';
import { DealSchema, PipelineSchema, type Deal, type Pipeline } from '@pipeclip/shared';
import { contributionDelta, dealContribution, sumCounters, type CounterRow } from '@pipeclip/shared/metrics';
import type { Database } from '../db/client.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface RecordChange {
  collection: string;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown> | undefined;
  /** `after` already read with its collection's schema (a record the push created), so not parsed again. */
  parsed?: Record<string, unknown> | undefined;
  id: string;
}

const asDeal = (data: Record<string, unknown> | undefined, id: string): Deal | undefined => (data ? DealSchema.safeParse({ ...data, id }).data : undefined);
const asPipeline = (data: Record<string, unknown> | undefined, id: string): Pipeline | undefined => (data ? PipelineSchema.safeParse({ ...data, id }).data : undefined);

/**
 * Keeps the team's deal counters in step with a push, inside its transaction: a changed deal adds its new
 * contribution and removes its old one; a changed pipeline (stage probabilities) recounts its deals.
 */
export async function updateCounters(tx: Tx, teamId: string, changes: RecordChange[]): Promise<void> {
  const changedPipelines = new Set(changes.filter((c) => c.collection === 'pipelines').map((c) => c.id));
  const deals = changes.filter((c) => c.collection === 'deals');
  if (deals.length === 0 && changedPipelines.size === 0) return;
  const pipelineIds = new Set<string>();
  for (const d of deals) for (const data of [d.before, d.after]) if (typeof data?.['pipelineId'] === 'string') pipelineIds.add(data['pipelineId']);
  const pipelines = await loadPipelines(tx, teamId, [...pipelineIds]);
  const rows: CounterRow[] = [];
  for (const d of deals) {
    const before = asDeal(d.before, d.id);
    const after = (d.parsed as Deal | undefined) ?? asDeal(d.after, d.id);
    if ((before && changedPipelines.has(before.pipelineId)) || (after && changedPipelines.has(after.pipelineId))) continue;
    rows.push(...contributionDelta(before && { deal: before, pipeline: pipelines.get(before.pipelineId) }, after && { deal: after, pipeline: pipelines.get(after.pipelineId) }));
  }
  await addRows(tx, teamId, sumCounters(rows));
  for (const id of changedPipelines) await recountPipeline(tx, teamId, id);
}

async function loadPipelines(tx: Tx, teamId: string, ids: string[]): Promise<Map<string, Pipeline>> {
  const out = new Map<string, Pipeline>();
  if (ids.length === 0) return out;
  const { rows } = await tx.execute<{ id: string; data: Record<string, unknown> }>(
    sql`select r.id, r.data from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as k(id)
        join records r on r.team_id = ${teamId} and r.collection = 'pipelines' and r.id = k.id::uuid where not r.deleted`,
  );
  for (const r of rows) {
    const p = asPipeline(r.data, r.id);
    if (p) out.set(p.id, p);
  }
  return out;
}

/** Recounts one pipeline from its deals: the rare path, when its stages or probabilities change. */
async function recountPipeline(tx: Tx, teamId: string, pipelineId: string) {
  await tx.execute(sql`delete from deal_counters where team_id = ${teamId} and pipeline_id = ${pipelineId}`);
  const pipeline = (await loadPipelines(tx, teamId, [pipelineId])).get(pipelineId);
  const { rows } = await tx.execute<{ id: string; data: Record<string, unknown> }>(
    sql`select id, data from records where team_id = ${teamId} and collection = 'deals' and not deleted and data->>'pipelineId' = ${pipelineId}`,
  );
  const counters = rows.flatMap((r) => {
    const deal = asDeal(r.data, r.id);
    return deal ? dealContribution(deal, pipeline) : [];
  });
  await addRows(tx, teamId, sumCounters(counters));
}

async function addRows(tx: Tx, teamId: string, rows: CounterRow[]) {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({ pipeline_id: r.pipelineId, currency: r.currency, owner_id: r.ownerId ?? '', stage_id: r.stageId, status: r.status, close_month: r.closeMonth ?? '', count: r.count, value: r.value, weighted: r.weighted, commit: r.commit, cycle_days: r.cycleDays })),
  );
  await tx.execute(sql`insert into deal_counters (team_id, pipeline_id, currency, owner_id, stage_id, status, close_month, count, value, weighted, commit, cycle_days)
    select ${teamId}::uuid, x.pipeline_id, x.currency, x.owner_id, x.stage_id, x.status, x.close_month, x.count, x.value, x.weighted, x.commit, x.cycle_days
    from jsonb_to_recordset(${json}::jsonb) as x(pipeline_id text, currency text, owner_id text, stage_id text, status text, close_month text, count bigint, value numeric, weighted numeric, commit numeric, cycle_days numeric)
    on conflict (team_id, pipeline_id, currency, owner_id, stage_id, status, close_month) do update set
      count = deal_counters.count + excluded.count, value = deal_counters.value + excluded.value, weighted = deal_counters.weighted + excluded.weighted,
      commit = deal_counters.commit + excluded.commit, cycle_days = deal_counters.cycle_days + excluded.cycle_days`);
}

/**
 * The team's counter rows, as the shared summary functions take them. Fetched as one JSON document: with
 * thousands of rows (reps × stages × months) that is several times faster than row by row through PGlite.
 */
export async function readCounters(db: Database, teamId: string): Promise<CounterRow[]> {
  const { rows } = await db.execute<{ rows: [string, string, string, string, CounterRow['status'], string, number, number, number, number, number][] | null }>(
    sql`select json_agg(json_build_array(pipeline_id, currency, owner_id, stage_id, status, close_month, count, value, weighted, commit, cycle_days)) as rows
        from deal_counters where team_id = ${teamId} and count <> 0`,
  );
  return (rows[0]?.rows ?? []).map(([pipelineId, currency, ownerId, stageId, status, closeMonth, count, value, weighted, commit, cycleDays]) => ({
    pipelineId,
    currency,
    ownerId: ownerId || null,
    stageId,
    status,
    closeMonth: closeMonth || null,
    count: Number(count),
    value: Number(value),
    weighted: Number(weighted),
    commit: Number(commit),
    cycleDays: Number(cycleDays),
  }));
}
