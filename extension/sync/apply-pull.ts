import { COLLECTIONS, type Mutation, type PullResponse } from '@pipeclip/shared';
import type { ConflictEntry, PipeclipDb } from '../db/database.ts';
import { allMutations, dropAcknowledged } from '../db/outbox.ts';
import { CLOCK_KEY, resumeClock } from '../db/write.ts';

interface Pending {
  deleted: boolean;
  fields: Set<string>;
}

/** What this client changed that the server has not acknowledged yet, per record. */
function pendingChanges(mutations: readonly Mutation[]): Map<string, Pending> {
  const pending = new Map<string, Pending>();
  for (const mutation of mutations) {
    const key = `${mutation.args.collection}/${mutation.args.recordId}`;
    const p = pending.get(key) ?? { deleted: false, fields: new Set<string>() };
    if ('fields' in mutation.args) for (const f of Object.keys(mutation.args.fields)) p.fields.add(f);
    else p.deleted = true;
    pending.set(key, p);
  }
  return pending;
}

/**
 * Applies one pull page atomically with its cookie. The server's state is authoritative for everything it
 * has acknowledged; fields with edits still waiting in the outbox stay as this rep left them (the rebase).
 * Writes of this client that lost to a teammate's later write come back in `lost` and are kept for the rep.
 */
export async function applyPull(db: PipeclipDb, page: PullResponse, requestedAt?: number): Promise<boolean> {
  const tables = Object.keys(COLLECTIONS).map((c) => db.table(c));
  return db.transaction('rw', [...tables, db.meta, db.conflicts, db.outbox], async () => {
    // Another context (the background, a second panel) applied a page meanwhile: this one is stale, and taking
    // it would move the cookie back. The caller pulls again from the stored cookie.
    if (requestedAt !== undefined && Number((await db.meta.get('cookie'))?.value ?? 0) !== requestedAt) return false;
    await dropAcknowledged(db, page.lastMutationId);
    const pending = pendingChanges(await allMutations(db));
    let newest: string | undefined;
    const puts = new Map<string, unknown[]>();
    const deletes = new Map<string, string[]>();
    for (const row of page.rows) {
      const key = `${row.collection}/${row.id}`;
      for (const s of Object.values(row.stamps)) if (!newest || s > newest) newest = s;
      const mine = pending.get(key);
      if (mine?.deleted) continue;
      if (row.deleted) {
        const ids = deletes.get(row.collection);
        if (ids) ids.push(row.id);
        else deletes.set(row.collection, [row.id]);
        continue;
      }
      const merged: Record<string, unknown> = { ...row.data };
      if (mine?.fields.size) {
        // Only a record with edits still in the outbox needs its local copy: those fields stay as the rep left them.
        const local = ((await db.table(row.collection).get(row.id)) ?? {}) as Record<string, unknown>;
        for (const field of mine.fields) merged[field] = local[field];
      }
      const parsed = COLLECTIONS[row.collection].safeParse({ ...merged, id: row.id });
      if (!parsed.success) continue; // a record this client version cannot read stays on the server untouched
      const list = puts.get(row.collection);
      if (list) list.push(parsed.data);
      else puts.set(row.collection, [parsed.data]);
    }
    for (const [collection, ids] of deletes) {
      await db.table(collection).bulkDelete(ids);
      // An erased record leaves nothing behind, not even a lost value in the conflict log.
      await db.conflicts.where('recordId').anyOf(ids).delete();
    }
    for (const [collection, rows] of puts) await db.table(collection).bulkPut(rows);
    if (page.lost.length) {
      const conflicts: ConflictEntry[] = [];
      for (const l of page.lost) {
        const current = (await db.table(l.collection).get(l.recordId)) as Record<string, unknown> | undefined;
        conflicts.push({ collection: l.collection, recordId: l.recordId, field: l.field, lostValue: l.value, wonValue: current?.[l.field], at: Date.now(), seen: false });
      }
      await db.conflicts.bulkAdd(conflicts);
    }
    await db.meta.put({ key: 'cookie', value: page.cookie });
    if (newest) await db.meta.put({ key: CLOCK_KEY, value: (await resumeClock(db)).receive(newest) });
    return true;
  });
}

/**
 * Forgets what this device learned from the server, so the next pull starts from a fresh copy: every synced
 * record goes, except those with changes still waiting in the outbox (they are this rep's unsent work).
 */
export async function resetForResync(db: PipeclipDb): Promise<void> {
  const tables = Object.keys(COLLECTIONS).map((c) => db.table(c));
  await db.transaction('rw', [...tables, db.meta, db.outbox], async () => {
    const unsent = new Set((await allMutations(db)).map((m) => `${m.args.collection}/${m.args.recordId}`));
    for (const collection of Object.keys(COLLECTIONS)) {
      const ids = ((await db.table(collection).toCollection().primaryKeys()) as string[]).filter((id) => !unsent.has(`${collection}/${id}`));
      await db.table(collection).bulkDelete(ids);
    }
    await db.meta.put({ key: 'cookie', value: 0 });
  });
}
