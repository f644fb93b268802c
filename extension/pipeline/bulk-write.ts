import { COLLECTIONS, type Collection } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { enqueue } from '../db/outbox.ts';
import { CLOCK_KEY, afterLocalWrite, resumeClock } from '../db/write.ts';

export interface Batch {
  collection: Collection;
  records: readonly { id: string }[];
}

export interface BulkOptions {
  /** The records come straight out of a schema parse (an import, a validated backup): not parsed twice. */
  parsed?: boolean;
}

/**
 * `putRecord` for many new or whole records at once, with the same result: each record parsed by its schema,
 * stored with its own clock stamp, and queued as a `record.put` mutation carrying every field, all in one
 * transaction. It uses bulk operations, issued together (a handful of requests instead of three per record,
 * the mutations in two outbox rows; IndexedDB works through them while this thread goes on).
 */
export async function putRecords(db: PipeclipDb, collection: Collection, records: readonly { id: string }[], options: BulkOptions = {}): Promise<void> {
  await putBatches(db, [{ collection, records }], options);
}

/** `putRecords` for several collections in one transaction; outbox entries follow the order of `batches`. */
export async function putBatches(db: PipeclipDb, batches: readonly Batch[], options: BulkOptions = {}): Promise<void> {
  const parsed = batches
    .filter((b) => b.records.length)
    .map((b) => ({ collection: b.collection, rows: (options.parsed ? b.records : b.records.map((r) => COLLECTIONS[b.collection].parse(r))) as (Record<string, unknown> & { id: string })[] }));
  if (!parsed.length) return;
  const tables = parsed.map((b) => db.table(b.collection));
  await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const clock = await resumeClock(db);
    const mutations = parsed.flatMap(({ collection, rows }) => rows.map(({ id, ...fields }) => ({ name: 'record.put' as const, hlc: clock.now(), args: { collection, recordId: id, fields } })));
    await Promise.all([...parsed.map((b, i) => tables[i]!.bulkPut(b.rows)), enqueue(db, mutations), db.meta.put({ key: CLOCK_KEY, value: mutations.at(-1)!.hlc })]);
  });
  afterLocalWrite();
}
