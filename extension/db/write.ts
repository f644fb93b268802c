import { COLLECTIONS, HybridClock, uuidv7, type Collection } from '@pipeclip/shared';
import type { OutboxEntry, PipeclipDb } from './database.ts';

const CLIENT_KEY = 'clientId';
/** The `meta` key of the last clock stamp this device issued or received. */
export const CLOCK_KEY = 'hlc';

const known = new WeakMap<PipeclipDb, string>();
const clocks = new WeakMap<PipeclipDb, () => number>();

const writeListeners = new Set<() => void>();

/** Calls `listener` after every local write (to push it soon); returns the unsubscribe function. */
export function onLocalWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

export function afterLocalWrite(): void {
  for (const listener of writeListeners) listener();
}

/** Replaces the wall clock a database stamps its writes with (the sync harness skews clocks by hours). */
export function setClock(db: PipeclipDb, now: () => number): void {
  clocks.set(db, now);
}

export const wallClock = (db: PipeclipDb) => clocks.get(db) ?? Date.now;

/** This install's sync identity, created with the database; also its clock's node id. */
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

/** A clock resumed from the last stamp, so stamps never go backwards across restarts or contexts. */
export async function resumeClock(db: PipeclipDb): Promise<HybridClock> {
  const node = await clientId(db);
  const last = (await db.meta.get(CLOCK_KEY))?.value;
  return new HybridClock(node, wallClock(db), undefined, typeof last === 'string' ? last : undefined);
}

/** The next stamp, read and advanced inside the caller's transaction, so contexts sharing the database never reuse one. */
function nextStamp(db: PipeclipDb, node: string, last: unknown): string {
  return new HybridClock(node, wallClock(db), undefined, typeof last === 'string' ? last : undefined).now();
}

type Table = PipeclipDb[Collection];
type Writable = { put(r: unknown): Promise<unknown>; delete(id: string): Promise<unknown> };

/**
 * Changes one record and queues the mutation that carries the change, in one transaction: either both happen
 * or neither. One read (the clock) and three writes (record, clock, outbox entry), issued together. A field's
 * clock stamp lives in its outbox entry until the server acknowledges it; after that the server's stamps
 * decide, so the device keeps no stamps of its own.
 */
async function queue(db: PipeclipDb, collection: Collection, change: (table: Writable) => Promise<unknown>, mutation: (hlc: string) => OutboxEntry['mutation']): Promise<void> {
  const node = await clientId(db);
  const table = db[collection] as unknown as Table;
  await db.transaction('rw', [table, db.outbox, db.meta], async () => {
    const hlc = nextStamp(db, node, (await db.meta.get(CLOCK_KEY))?.value);
    await Promise.all([change(table as unknown as Writable), db.meta.put({ key: CLOCK_KEY, value: hlc }), db.outbox.add({ mutation: mutation(hlc), createdAt: Date.now() })]);
  });
  afterLocalWrite();
}

/**
 * Writes a record and queues it for the team. `fields` names what changed (the whole record on create). The
 * record is parsed with its schema first, so this device stores exactly what the server will.
 */
export async function putRecord<T extends { id: string }>(db: PipeclipDb, collection: Collection, record: T, fields: Partial<T> = record): Promise<void> {
  const parsed = COLLECTIONS[collection].parse(record) as Record<string, unknown> & { id: string };
  // A new record sends every field, defaults included, so the server stores exactly what this device does.
  const keys = (fields === record ? Object.keys(parsed) : Object.keys(fields)).filter((k) => k !== 'id');
  const changed = Object.fromEntries(keys.map((k) => [k, parsed[k]]));
  await queue(db, collection, (table) => table.put(parsed), (hlc) => ({ name: 'record.put', hlc, args: { collection, recordId: record.id, fields: changed } }));
}

/** Deletes a record everywhere: locally now, on the server and every synced client as a tombstone. */
export async function deleteRecord(db: PipeclipDb, collection: Collection, id: string): Promise<void> {
  await queue(db, collection, (table) => table.delete(id), (hlc) => ({ name: 'record.delete', hlc, args: { collection, recordId: id } }));
}
