import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DealStatusSchema, PipelineSchema, type Pipeline } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { dealCounters, members, records, teams } from '../db/schema.ts';
import type { Caller } from '../middleware/auth.ts';
import type { DealRow } from './Records.tsx';

/** The header's team and member names. */
export async function whoAmI(db: Database, caller: Caller) {
  const [row] = await db
    .select({ team: teams.name, name: members.name })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(and(eq(members.id, caller.memberId), eq(members.teamId, caller.teamId)));
  return { team: row?.team ?? '', name: row?.name ?? '', role: caller.role };
}

export function teamMembers(db: Database, teamId: string) {
  return db.select({ id: members.id, name: members.name }).from(members).where(eq(members.teamId, teamId)).orderBy(asc(members.createdAt));
}

/** The currencies the team's deals use (read from the counters, never the deals). */
export async function currenciesOf(db: Database, teamId: string, pipelineId: string | undefined): Promise<string[]> {
  if (!pipelineId) return [];
  const rows = await db
    .selectDistinct({ currency: dealCounters.currency })
    .from(dealCounters)
    .where(and(eq(dealCounters.teamId, teamId), eq(dealCounters.pipelineId, pipelineId), sql`${dealCounters.count} <> 0`));
  return rows.map((r) => r.currency).sort();
}

const DealView = z.object({
  title: z.string().catch('—'),
  value: z.number().catch(0),
  currency: z.string().regex(/^[A-Z]{3}$/).catch('EUR'),
  stageId: z.string().catch(''),
  status: DealStatusSchema.catch('open'),
});

/** The latest deals: a manager's whole team, a rep their own, unassigned and shared ones (as the JSON API does). */
export async function recentDeals(db: Database, caller: Caller, stageName: (pipelineId: unknown, stageId: string) => string, limit = 100): Promise<DealRow[]> {
  const visible = caller.role === 'manager' ? undefined : or(isNull(records.ownerId), eq(records.ownerId, caller.memberId), sql`${records.data}->>'shared' = 'true'`);
  const rows = await db
    .select({ id: records.id, data: records.data, ownerId: records.ownerId })
    .from(records)
    .where(and(eq(records.teamId, caller.teamId), eq(records.collection, 'deals'), eq(records.deleted, false), visible))
    .orderBy(desc(records.version))
    .limit(limit);
  return rows.map((r) => {
    const d = DealView.parse(r.data);
    return { id: r.id, title: d.title, value: d.value, currency: d.currency, stage: stageName(r.data['pipelineId'], d.stageId), status: d.status, ownerId: r.ownerId };
  });
}

export { setQuota } from '../services/quotas.ts';

/** The team's pipelines (a handful of records, by primary key prefix). */
export async function pipelinesOf(db: Database, teamId: string): Promise<Pipeline[]> {
  const rows = await db.select({ id: records.id, data: records.data }).from(records)
    .where(and(eq(records.teamId, teamId), eq(records.collection, 'pipelines'), eq(records.deleted, false)));
  return rows.flatMap((r) => PipelineSchema.safeParse({ ...r.data, id: r.id }).data ?? []);
}
