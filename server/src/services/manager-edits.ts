import { and, eq, sql } from 'drizzle-orm';
import { HybridClock, type Collection, type Mutation } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { members, records } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import type { Caller } from '../middleware/auth.ts';
import { applyMutations } from './push.ts';

/** The server's own clock, for edits a manager makes through the server (node "server"). */
const clock = new HybridClock('server');

function put(collection: Collection, recordId: string, fields: Record<string, unknown>): Mutation {
  return { id: 1, hlc: clock.now(), name: 'record.put', args: { collection, recordId, fields } };
}

async function record(db: Database, teamId: string, collection: Collection, id: string) {
  const [row] = await db.select().from(records).where(and(eq(records.teamId, teamId), eq(records.collection, collection), eq(records.id, id), eq(records.deleted, false)));
  if (!row) throw new ApiError(404, `No ${collection} record ${id} in your team`, 'not_found');
  return row;
}

/** Account assignment: gives a lead or deal to another rep of the same team; every device follows on its next pull. */
export async function reassign(db: Database, caller: Caller, collection: 'people' | 'deals', recordId: string, ownerId: string) {
  await record(db, caller.teamId, collection, recordId);
  const [member] = await db.select().from(members).where(and(eq(members.id, ownerId), eq(members.teamId, caller.teamId)));
  if (!member) throw new ApiError(404, 'No such member in your team', 'not_found');
  await db.transaction((tx) => applyMutations(tx, caller, [put(collection, recordId, { ownerId, updatedAt: Date.now() })]));
}

/**
 * Merges a duplicate lead into the one to keep: empty fields are filled from the duplicate, emails, phones
 * and tags are united, its deals and activities move over, and the duplicate becomes a tombstone.
 */
export async function mergePeople(db: Database, caller: Caller, keepId: string, dropId: string) {
  if (keepId === dropId) throw new ApiError(400, 'A lead cannot be merged into itself', 'invalid_input');
  const keep = (await record(db, caller.teamId, 'people', keepId)).data;
  const drop = (await record(db, caller.teamId, 'people', dropId)).data;
  const fields: Record<string, unknown> = { updatedAt: Date.now() };
  for (const [k, v] of Object.entries(drop)) {
    if (['id', 'createdAt', 'updatedAt', 'ownerId', 'source'].includes(k)) continue;
    if (Array.isArray(v)) fields[k] = [...new Set([...((keep[k] as unknown[]) ?? []), ...v])];
    else if (keep[k] === undefined || keep[k] === '') fields[k] = v;
  }
  const { rows } = await db.execute<{ collection: Collection; id: string }>(sql`select collection, id from records
    where team_id = ${caller.teamId} and collection in ('deals', 'activities') and not deleted and data->>'personId' = ${dropId}`);
  const mutations = [put('people', keepId, fields), ...rows.map((r) => put(r.collection, r.id, { personId: keepId })), { id: 1, hlc: clock.now(), name: 'record.delete' as const, args: { collection: 'people' as const, recordId: dropId } }];
  await db.transaction((tx) => applyMutations(tx, caller, mutations.map((m, i) => ({ ...m, id: i + 1 }))));
  return { moved: rows.length };
}
