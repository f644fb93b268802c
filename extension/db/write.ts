import { HybridClock, uuidv7, type Collection } from '@pipeclip/shared';
import type { PipeclipDb } from './database.ts';

const CLIENT_KEY = 'clientId';
const CLOCK_KEY = 'hlc';

const known = new WeakMap<PipeclipDb, string>();

/** This install's sync identity, created with the database. */
export async function clientId(db: PipeclipDb): Promise<string> {
  const cached = known.get(db);
  if (cached) return cached;
  const id = await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(CLIENT_KEY);
    if (typeof row?.value === 'string') return row.value;
    const id = `c-${uuidv7()}`;
    await db.meta.put({ key: CLIENT_KEY, value: id });
    return id;
  });
  known.set(db, id);
  return id;
}

/** The next clock stamp, persisted so stamps never go backwards across restarts or contexts. */
async function nextStamp(db: PipeclipDb): Promise<string> {
  const node = await clientId(db);
  const last = (await db.meta.get(CLOCK_KEY))?.value;
  const clock = new HybridClock(node.slice(-12), Date.now, undefined, typeof last === 'string' ? last : undefined);
  const stamp = clock.now();
  await db.meta.put({ key: CLOCK_KEY, value: stamp });
  return stamp;
}

type Table = PipeclipDb[Collection];

/**
 * Writes a record and its outbox entry in one transaction: either both happen or neither.
 * `fields` is the whole record on create and only the changed fields on update.
 */
export async function putRecord<T extends { id: string }>(db: PipeclipDb, collection: Collection, record: T, fields: Partial<T> = record): Promise<void> {
  const table = db[collection] as unknown as Table;
  await db.transaction('rw', [table, db.outbox, db.meta, db.stamps], async () => {
    const hlc = await nextStamp(db);
    await (table as unknown as { put(r: T): Promise<unknown> }).put(record);
    const { id: _id, ...changed } = fields as Record<string, unknown>;
    const key = `${collection}/${record.id}`;
    const held = (await db.stamps.get(key))?.stamps ?? {};
    await db.stamps.put({ key, stamps: { ...held, ...Object.fromEntries(Object.keys(changed).map((f) => [f, hlc])) } });
    await db.outbox.add({ mutation: { name: 'record.put', hlc, args: { collection, recordId: record.id, fields: changed } }, createdAt: Date.now() });
  });
}

/** Deletes a record everywhere: locally now, on the server and every synced client as a tombstone. */
export async function deleteRecord(db: PipeclipDb, collection: Collection, id: string): Promise<void> {
  const table = db[collection] as unknown as Table;
  await db.transaction('rw', [table, db.outbox, db.meta, db.stamps], async () => {
    const hlc = await nextStamp(db);
    await table.delete(id);
    await db.stamps.put({ key: `${collection}/${id}`, stamps: { _deleted: hlc } });
    await db.outbox.add({ mutation: { name: 'record.delete', hlc, args: { collection, recordId: id } }, createdAt: Date.now() });
  });
}
