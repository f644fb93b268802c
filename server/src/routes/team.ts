import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { CollectionSchema } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { members, records, teams } from '../db/schema.ts';
import { parseInput } from '../errors.ts';
import type { AuthEnv } from '../middleware/auth.ts';

/** What the caller's team holds; every query is scoped to the caller's team. */
export function teamRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const { teamId, memberId, role } = c.var.caller;
      const [team] = await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, teamId));
      const people = await db.select({ id: members.id, name: members.name, role: members.role }).from(members).where(eq(members.teamId, teamId)).orderBy(asc(members.createdAt));
      return c.json({ team, me: { id: memberId, role }, members: people });
    })
    .get('/records/:collection', async (c) => {
      const collection = parseInput(CollectionSchema, c.req.param('collection'), 'collection');
      const rows = await db
        .select({ id: records.id, data: records.data, version: records.version })
        .from(records)
        .where(and(eq(records.teamId, c.var.caller.teamId), eq(records.collection, collection), eq(records.deleted, false)))
        .orderBy(asc(records.version))
        .limit(1000);
      return c.json({ collection, records: rows.map((r) => ({ ...r.data, id: r.id })) });
    });
}
