import { sql } from 'drizzle-orm';
import { DEFAULT_STAGES, DealSchema, formatHlc, uuidv7, type Pipeline } from '@pipeclip/shared';
import { dealContribution, quarterKey, sumCounters, type CounterRow } from '@pipeclip/shared/metrics';
import type { Database } from '@pipeclip/server/db';
import { createTeam, redeemInvitation } from '../../server/src/services/teams.ts';

const DAY = 86_400_000;
const BATCH = 10_000;
const OPEN_STAGES = DEFAULT_STAGES.filter((s) => s.kind === 'open').map((s) => s.id);

export interface SeededTeam {
  teamId: string;
  pipelineId: string;
  /** A device token of the team's manager (Authorization: Bearer …, or the dashboard's session cookie). */
  managerToken: string;
  managerId: string;
  repIds: string[];
}

/** A cheap deterministic hash, so a deal is a pure function of its index. */
function mix(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Deal number i: owner round-robin, 70 % open over the five open stages, 18 % won, 12 % lost. */
function dealData(i: number, pipelineId: string, repIds: string[], now: number): Record<string, unknown> {
  const h = mix(i);
  const roll = h % 100;
  const createdAt = now - (30 + (h % 330)) * DAY;
  const base = { title: `Deal ${i}`, pipelineId, value: 500 + ((h >>> 8) % 200) * 250, currency: 'EUR', ownerId: repIds[i % repIds.length]!, stageHistory: [], tags: [], createdAt, updatedAt: now };
  if (roll < 70) {
    const stageId = OPEN_STAGES[(h >>> 4) % OPEN_STAGES.length]!;
    const close = (h >>> 12) % 10 === 0 ? {} : { expectedCloseAt: now + (((h >>> 12) % 240) - 45) * DAY };
    return { ...base, stageId, status: 'open', ...close };
  }
  const closedAt = Math.min(now - DAY, createdAt + (10 + ((h >>> 6) % 120)) * DAY);
  return roll < 88 ? { ...base, stageId: 'won', status: 'won', closedAt } : { ...base, stageId: 'lost', status: 'lost', closedAt, lostReason: 'price' };
}

/**
 * Seeds a team with `reps` reps (plus a manager with a device token and quotas for the quarter) and `deals`
 * deals in one default pipeline, in bulk SQL. The deal counters are computed with the same shared functions the
 * push transaction uses (`dealContribution`, `sumCounters`) over the same deals, so they equal what pushes
 * would have maintained. Much faster than pushing: ~1M deals in about a minute on PGlite.
 */
export async function seedTeam(db: Database, { deals, reps, now = Date.now() }: { deals: number; reps: number; now?: number }): Promise<SeededTeam> {
  const { team, admin, code } = await createTeam(db, 'Bench team', 'Manager');
  const { token } = await redeemInvitation(db, { code, device: 'bench' });
  const repIds = Array.from({ length: reps }, () => uuidv7());
  await db.execute(sql`insert into members (id, team_id, name, role, created_at)
    select x.id, ${team.id}::uuid, 'Rep ' || x.n, 'rep', ${now} from jsonb_to_recordset(${JSON.stringify(repIds.map((id, n) => ({ id, n: n + 1 })))}::jsonb) as x(id uuid, n int)`);
  await db.execute(sql`insert into quotas (team_id, member_id, period, amount, currency)
    select ${team.id}::uuid, x.id, ${quarterKey(now)}, 50000 + (x.n % 10) * 10000, 'EUR' from jsonb_to_recordset(${JSON.stringify(repIds.map((id, n) => ({ id, n })))}::jsonb) as x(id uuid, n int)`);

  const pipelineId = uuidv7();
  const pipelineData = { name: 'New business', stages: DEFAULT_STAGES, createdAt: now, updatedAt: now };
  const pipeline: Pipeline = { ...pipelineData, id: pipelineId, stages: [...DEFAULT_STAGES] };
  const hlc = formatHlc({ ms: now, counter: 0, node: 'bench-seed' });
  const stampsOf = (keys: string[]) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, hlc])));
  await db.execute(sql`insert into records (team_id, collection, id, data, stamps, deleted, owner_id, version, updated_at)
    values (${team.id}, 'pipelines', ${pipelineId}, ${JSON.stringify(pipelineData)}::jsonb, ${stampsOf(Object.keys(pipelineData))}::jsonb, false, null, 1, ${now})`);

  // Every deal shares one stamp per field; stamping the fields a deal lacks does not change how it reads or merges.
  const dealStamps = stampsOf(['title', 'pipelineId', 'value', 'currency', 'ownerId', 'stageHistory', 'tags', 'createdAt', 'updatedAt', 'stageId', 'status', 'expectedCloseAt', 'closedAt', 'lostReason']);
  let counters: CounterRow[] = [];
  let version = 1;
  for (let start = 0; start < deals; start += BATCH) {
    version++;
    const rows: { id: string; data: Record<string, unknown> }[] = [];
    const contributions: CounterRow[] = [];
    for (let i = start; i < Math.min(deals, start + BATCH); i++) {
      const id = uuidv7();
      const data = dealData(i, pipelineId, repIds, now);
      rows.push({ id, data });
      contributions.push(...dealContribution(DealSchema.parse({ ...data, id }), pipeline));
    }
    counters = sumCounters([...counters, ...contributions]);
    await db.execute(sql`insert into records (team_id, collection, id, data, stamps, deleted, owner_id, version, updated_at)
      select ${team.id}::uuid, 'deals', x.id, x.data, ${dealStamps}::jsonb, false, (x.data->>'ownerId')::uuid, ${version}, ${now}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, data jsonb)`);
  }
  const json = JSON.stringify(counters.map((r) => ({ pipeline_id: r.pipelineId, currency: r.currency, owner_id: r.ownerId ?? '', stage_id: r.stageId, status: r.status, close_month: r.closeMonth ?? '', count: r.count, value: r.value, weighted: r.weighted, commit: r.commit, cycle_days: r.cycleDays })));
  await db.execute(sql`insert into deal_counters (team_id, pipeline_id, currency, owner_id, stage_id, status, close_month, count, value, weighted, commit, cycle_days)
    select ${team.id}::uuid, x.pipeline_id, x.currency, x.owner_id, x.stage_id, x.status, x.close_month, x.count, x.value, x.weighted, x.commit, x.cycle_days
    from jsonb_to_recordset(${json}::jsonb) as x(pipeline_id text, currency text, owner_id text, stage_id text, status text, close_month text, count bigint, value numeric, weighted numeric, commit numeric, cycle_days numeric)`);
  await db.execute(sql`update teams set version = ${version} where id = ${team.id}`);
  return { teamId: team.id, pipelineId, managerToken: token, managerId: admin.id, repIds };
}
