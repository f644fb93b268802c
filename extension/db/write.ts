import Dexie from 'dexie';
import { COLLECTIONS, HybridClock, MAX_MUTATIONS_PER_PUSH, uuidv7, type Collection } from '@pipeclip/shared';
import type { PipeclipDb } from './database.ts';
import { enqueue, type Queued } from './outbox.ts';

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

type Change = { type: 'put'; value: { id: string } } | { type: 'delete'; id: string };

/** One local write: a change to one record, and the mutation that carries it to the team once it has a stamp. */
interface Write {
  collection: Collection;
  change: Change;
  mutation: (hlc: string) => Queued;
}

interface Waiting extends Write {
  resolve(stamp: string): void;
  reject(error: unknown): void;
}

/**
 * Writes changes and their outbox entries inside the caller's transaction: one clock read, then every request
 * issued together (consecutive puts or deletes to one table as a bulk request), stamps in the order given.
 */
async function writeAll(db: PipeclipDb, node: string, writes: readonly Write[]): Promise<string[]> {
  const last = (await db.meta.get(CLOCK_KEY))?.value;
  const clock = new HybridClock(node, wallClock(db), undefined, typeof last === 'string' ? last : undefined);
  const mutations = writes.map((w) => w.mutation(clock.now()));
  const requests: Promise<unknown>[] = [enqueue(db, mutations), db.meta.put({ key: CLOCK_KEY, value: mutations.at(-1)!.hlc })];
  for (let i = 0; i < writes.length; ) {
    const { collection, change } = writes[i]!;
    let j = i + 1;
    while (j < writes.length && writes[j]!.collection === collection && writes[j]!.change.type === change.type) j++;
    const run = writes.slice(i, j).map((w) => w.change);
    const table = db.table(collection);
    requests.push(change.type === 'put' ? table.bulkPut(run.map((c) => (c as { value: unknown }).value)) : table.bulkDelete(run.map((c) => (c as { id: string }).id)));
    i = j;
  }
  await Promise.all(requests);
  return mutations.map((m) => m.hlc);
}

const waiting = new WeakMap<PipeclipDb, Waiting[]>();
const committing = new WeakMap<PipeclipDb, Promise<void>>();

/**
 * Writes per group commit at most: one push's worth (a group's mutations fill one push exactly), so a long burst
 * of edits is stored, and starts on its way to the team, in steps rather than all at its end.
 */
const GROUP = MAX_MUTATIONS_PER_PUSH;

/** Commits the writes waiting for `db`, up to `GROUP` in one transaction, after the commit before it; the rest follow. */
function commitSoon(db: PipeclipDb): void {
  const run = (committing.get(db) ?? Promise.resolve()).then(async () => {
    const queued = waiting.get(db) ?? [];
    const batch = queued.splice(0, GROUP);
    if (queued.length) commitSoon(db);
    else waiting.delete(db);
    try {
      const node = await clientId(db);
      const tables = [...new Set(batch.map((w) => db.table(w.collection)))];
      const stamps = await db.transaction('rw', [...tables, db.outbox, db.meta], () => writeAll(db, node, batch));
      batch.forEach((w, i) => w.resolve(stamps[i]!));
      afterLocalWrite();
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  });
  committing.set(db, run);
}

/**
 * Changes one record and queues the mutation that carries the change, in one transaction: either both happen
 * or neither. A field's clock stamp lives in its outbox entry until the server acknowledges it; after that the
 * server's stamps decide, so the device keeps no stamps of its own.
 *
 * Group commit: writes made while an earlier one is committing (a loop of edits, a multi-select move) wait and
 * then commit together in one transaction (up to `GROUP` of them a transaction), each with its own stamp and
 * outbox entry, in the order they were made; each promise settles when its write is stored, with its stamp. Inside a caller's transaction the write
 * joins that one.
 */
async function queue(db: PipeclipDb, write: Write): Promise<string> {
  if (Dexie.currentTransaction) {
    const [stamp] = await db.transaction('rw', [db.table(write.collection), db.outbox, db.meta], async () => writeAll(db, await clientId(db), [write]));
    afterLocalWrite();
    return stamp!;
  }
  return new Promise<string>((resolve, reject) => {
    const batch = waiting.get(db);
    if (batch) batch.push({ ...write, resolve, reject });
    else {
      waiting.set(db, [{ ...write, resolve, reject }]);
      commitSoon(db);
    }
  });
}

/**
 * Writes a record and queues it for the team. `fields` names what changed (the whole record on create). The
 * record is parsed with its schema first, so this device stores exactly what the server will. Resolves with the
 * write's clock stamp once it is stored.
 */
export async function putRecord<T extends { id: string }>(db: PipeclipDb, collection: Collection, record: T, fields: Partial<T> = record): Promise<string> {
  const parsed = COLLECTIONS[collection].parse(record) as Record<string, unknown> & { id: string };
  // A new record sends every field, defaults included, so the server stores exactly what this device does.
  const keys = (fields === record ? Object.keys(parsed) : Object.keys(fields)).filter((k) => k !== 'id');
  const changed = Object.fromEntries(keys.map((k) => [k, parsed[k]]));
  return queue(db, { collection, change: { type: 'put', value: parsed }, mutation: (hlc) => ({ name: 'record.put', hlc, args: { collection, recordId: record.id, fields: changed } }) });
}

/** Deletes a record everywhere: locally now, on the server and every synced client as a tombstone; resolves with its stamp. */
export async function deleteRecord(db: PipeclipDb, collection: Collection, id: string): Promise<string> {
  return queue(db, { collection, change: { type: 'delete', id }, mutation: (hlc) => ({ name: 'record.delete', hlc, args: { collection, recordId: id } }) });
}
