import { COLLECTIONS, HybridClock, type PullResponse } from '@pipeclip/shared';
import type { ConflictEntry, PipeclipDb } from '../db/database.ts';

const nodeOf = (stamp: string) => stamp.slice(stamp.lastIndexOf(':') + 1);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies one pull page atomically with its cookie. Per field the later clock stamp wins, so local edits
 * still waiting in the outbox stay on top (the rebase); a local value beaten by a teammate's later write is
 * logged as a conflict for this rep to see. Acknowledged outbox entries are dropped.
 */
export async function applyPull(db: PipeclipDb, page: PullResponse, node: string): Promise<void> {
  const tables = Object.keys(COLLECTIONS).map((c) => db.table(c));
  await db.transaction('rw', [...tables, db.stamps, db.meta, db.conflicts, db.outbox], async () => {
    const conflicts: ConflictEntry[] = [];
    let newest: string | undefined;
    for (const row of page.rows) {
      const table = db.table(row.collection);
      const key = `${row.collection}/${row.id}`;
      for (const s of Object.values(row.stamps)) if (!newest || s > newest) newest = s;
      if (row.deleted) {
        await table.delete(row.id);
        await db.stamps.put({ key, stamps: row.stamps });
        continue;
      }
      const local = ((await table.get(row.id)) ?? {}) as Record<string, unknown>;
      const stamps = { ...((await db.stamps.get(key))?.stamps ?? {}) };
      if (stamps['_deleted']) continue;
      const merged: Record<string, unknown> = { ...local };
      for (const [field, stamp] of Object.entries(row.stamps)) {
        const held = stamps[field];
        if (held !== undefined && held >= stamp) continue;
        const value = row.data?.[field];
        if (held !== undefined && nodeOf(held) === node && !same(local[field], value)) {
          conflicts.push({ collection: row.collection, recordId: row.id, field, lostValue: local[field], wonValue: value, at: Date.now(), seen: false });
        }
        merged[field] = value;
        stamps[field] = stamp;
      }
      const parsed = COLLECTIONS[row.collection].safeParse({ ...merged, id: row.id });
      if (!parsed.success) continue; // a record this client version cannot read stays on the server untouched
      await table.put(parsed.data);
      await db.stamps.put({ key, stamps });
    }
    if (conflicts.length) await db.conflicts.bulkAdd(conflicts);
    await db.outbox.where('id').belowOrEqual(page.lastMutationId).delete();
    await db.meta.put({ key: 'cookie', value: page.cookie });
    if (newest) {
      const last = (await db.meta.get('hlc'))?.value;
      const clock = new HybridClock(node, Date.now, undefined, typeof last === 'string' ? last : undefined);
      await db.meta.put({ key: 'hlc', value: clock.receive(newest) });
    }
  });
}
