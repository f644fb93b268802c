import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { CollectionSchema, CurrencySchema, RoleSchema } from '@pipeclip/shared';
import { PeriodKeySchema } from '@pipeclip/shared/metrics';
import type { Database } from '../db/client.ts';
import { members, records, teams } from '../db/schema.ts';
import { parseInput, readJson } from '../errors.ts';
import { requireRole, type AuthEnv } from '../middleware/auth.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { listDevices, revokeDevice } from '../services/devices.ts';
import { crossRepDuplicates } from '../services/duplicates.ts';
import { mergePeople, reassign } from '../services/manager-edits.ts';
import { setQuota } from '../services/quotas.ts';
import { teamSummary } from '../services/summary.ts';
import { createInvitation } from '../services/teams.ts';

const SummaryQuery = z.object({ pipelineId: z.uuid().optional(), currency: CurrencySchema.optional() });
const QuotaBody = z.object({ memberId: z.uuid(), period: PeriodKeySchema, amount: z.number().finite().min(0).max(1e12), currency: CurrencySchema });
const InviteBody = z.object({ role: RoleSchema.default('rep'), days: z.number().int().min(1).max(90).default(7), uses: z.number().int().min(1).max(100).default(1) });
const ReassignBody = z.object({ collection: z.enum(['people', 'deals']), recordId: z.uuid(), ownerId: z.uuid() });
const MergeBody = z.object({ keepId: z.uuid(), dropId: z.uuid() });
const IdParam = z.uuid();

/** The team's home: who is in it, its merged pipeline, and the manager's tools. Every query is team-scoped. */
export function teamRoutes(db: Database) {
  const manager = requireRole('manager');
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const { teamId, memberId, role } = c.var.caller;
      const [team] = await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, teamId));
      const people = await db.select({ id: members.id, name: members.name, role: members.role }).from(members).where(eq(members.teamId, teamId)).orderBy(asc(members.createdAt));
      return c.json({ team, me: { id: memberId, role }, members: people });
    })
    .get('/summary', async (c) => {
      const q = parseInput(SummaryQuery, c.req.query(), 'summary query');
      return c.json(await teamSummary(db, c.var.caller.teamId, q));
    })
    .get('/records/:collection', async (c) => {
      const collection = parseInput(CollectionSchema, c.req.param('collection'), 'collection');
      const { teamId, role, memberId } = c.var.caller;
      const visible = role === 'manager' ? undefined : or(isNull(records.ownerId), eq(records.ownerId, memberId), sql`${records.data}->>'shared' = 'true'`);
      const rows = await db
        .select({ id: records.id, data: records.data, version: records.version })
        .from(records)
        .where(and(eq(records.teamId, teamId), eq(records.collection, collection), eq(records.deleted, false), visible))
        .orderBy(asc(records.version))
        .limit(1000);
      return c.json({ collection, records: rows.map((r) => ({ ...r.data, id: r.id })) });
    })
    .get('/duplicates', async (c) => {
      const { teamId, role, memberId } = c.var.caller;
      return c.json({ duplicates: await crossRepDuplicates(db, teamId, 100, role === 'rep' ? memberId : undefined) });
    })
    .get('/devices', async (c) => c.json({ devices: await listDevices(db, c.var.caller) }))
    .delete('/devices/:id', async (c) => {
      await revokeDevice(db, c.var.caller, parseInput(IdParam, c.req.param('id'), 'device id'));
      return c.body(null, 204);
    })
    .put('/quotas', manager, async (c) => {
      const q = parseInput(QuotaBody, await readJson(c), 'quota');
      await setQuota(db, c.var.caller.teamId, q);
      return c.json({ ok: true });
    })
    .post('/invitations', manager, rateLimit({ limit: 30, windowMs: 60_000 }), async (c) => {
      const body = parseInput(InviteBody, await readJson(c), 'invitation');
      const code = await createInvitation(db, { teamId: c.var.caller.teamId, role: body.role, ttlMs: body.days * 86_400_000, uses: body.uses });
      const origin = new URL(c.req.url).origin;
      return c.json({ code, link: `${origin}/join/${code}` }, 201);
    })
    .post('/reassign', manager, async (c) => {
      const body = parseInput(ReassignBody, await readJson(c), 'reassignment');
      await reassign(db, c.var.caller, body.collection, body.recordId, body.ownerId);
      return c.json({ ok: true });
    })
    .post('/merge', manager, async (c) => {
      const body = parseInput(MergeBody, await readJson(c), 'merge');
      return c.json(await mergePeople(db, c.var.caller, body.keepId, body.dropId));
    });
}
