import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '@pipeclip/shared';
import type { OutboxEntry, PipeclipDb } from './database.ts';

/** A mutation before it has an id: the outbox gives it one. */
export type Queued = Omit<Mutation, 'id'>;

/** The first mutation id of a row: ids are consecutive and the row's key is its last. */
const firstIdOf = (row: OutboxEntry) => row.id! - row.mutations.length + 1;

/** A row's mutations with their ids. */
export function mutationsOf(row: OutboxEntry): Mutation[] {
  const first = firstIdOf(row);
  return row.mutations.map((m, i) => ({ ...m, id: first + i }) as Mutation);
}

/** Mutations per row at most: one push's worth, so acknowledging a push trims at most one row. */
const ROW = MAX_MUTATIONS_PER_PUSH;

/**
 * Queues mutations, in order, inside the caller's transaction. The first takes the outbox's next key, as a row
 * of one; the rest go in rows of up to `ROW`, each stored under the key of its last mutation, which moves the
 * key generator past them, so ids stay consecutive and are never reused. Resolves once every request is done.
 */
export async function enqueue(db: PipeclipDb, mutations: readonly Queued[], createdAt = Date.now()): Promise<void> {
  const [first, ...rest] = mutations;
  if (!first) return;
  const id = (await db.outbox.add({ mutations: [first], createdAt }))!;
  const rows = [];
  for (let i = 0; i < rest.length; i += ROW) {
    const run = rest.slice(i, i + ROW);
    rows.push({ id: id + i + run.length, mutations: run, createdAt });
  }
  if (rows.length) await db.outbox.bulkAdd(rows);
}

/** The oldest queued mutations with ids above `after`, at most `limit`, with their ids. */
export async function nextMutations(db: PipeclipDb, limit: number, after = 0): Promise<Mutation[]> {
  const out: Mutation[] = [];
  await db.outbox
    .where('id')
    .above(after)
    .until(() => out.length >= limit)
    .each((row) => void out.push(...mutationsOf(row).filter((m) => m.id > after)));
  return out.slice(0, limit);
}

/** Every queued mutation, oldest first. */
export async function allMutations(db: PipeclipDb): Promise<Mutation[]> {
  return (await db.outbox.toArray()).flatMap(mutationsOf);
}

/**
 * Forgets what the server has acknowledged (ids up to `lastId`): whole rows, and the acknowledged head of a row
 * it processed in part. Inside the caller's transaction.
 */
export async function dropAcknowledged(db: PipeclipDb, lastId: number): Promise<void> {
  await db.outbox.where('id').belowOrEqual(lastId).delete();
  const next = await db.outbox.orderBy('id').first();
  if (next && firstIdOf(next) <= lastId) await db.outbox.put({ ...next, mutations: next.mutations.slice(lastId - firstIdOf(next) + 1) });
}

/** How many mutations wait for the server. */
export async function pendingCount(db: PipeclipDb): Promise<number> {
  const [first, last] = await Promise.all([db.outbox.orderBy('id').first(), db.outbox.orderBy('id').reverse().limit(1).primaryKeys()]);
  return first ? last[0]! - firstIdOf(first) + 1 : 0;
}

/** Rewrites queued mutations in place (same ids), e.g. to empty the fields of a write that gave way. */
export async function rewriteQueued(db: PipeclipDb, change: (m: Queued) => Queued): Promise<void> {
  await db.outbox.toCollection().modify((row) => {
    row.mutations = row.mutations.map(change);
  });
}
