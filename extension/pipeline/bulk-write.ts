import { COLLECTIONS, type Collection } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { afterLocalWrite, resumeClock } from '../db/write.ts';

/** The meta key `putRecord` keeps the last clock stamp under (db/write.ts). */
const CLOCK_KEY = 'hlc';

export interface Batch {
  collection: Collection;
  records: readonly { id: string }[];
}

export interface BulkOptions {
  /** The records come straight out of a schema parse (an import, a validated backup): not parsed twice. */
  parsed?: boolean;
  /**
   * Every id is new to this device (an import mints them), so there are no field stamps to merge with and the
   * read of the held stamps is skipped. Never set this for records that may already exist.
   */
  newIds?: boolean;
}

/**
 * `putRecord` for many new or whole records at once, with the same result: each record parsed by its schema,
 * stored, stamped field by field with its own clock stamp, and queued as a `record.put` mutation carrying every
 * field, all in one transaction. It uses bulk operations, issued together (a handful of requests instead of six
 * per record, and IndexedDB works through them while this thread goes on), which is what makes a 10,000-row
 * import take seconds instead of a minute.
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
  await db.transaction('rw', [...tables, db.outbox, db.meta, db.stamps], async () => {
    const clock = await resumeClock(db);
    const all = parsed.flatMap((b) => b.rows.map((row) => ({ collection: b.collection, row, key: `${b.collection}/${row.id}`, hlc: clock.now() })));
    const held = options.newIds ? [] : await db.stamps.bulkGet(all.map((r) => r.key));
    const now = Date.now();
    await Promise.all([
      ...parsed.map((b, i) => tables[i]!.bulkPut(b.rows)),
      db.stamps.bulkPut(
        all.map(({ row, key, hlc }, i) => ({ key, stamps: { ...(held[i]?.stamps ?? {}), ...Object.fromEntries(Object.keys(row).filter((f) => f !== 'id').map((f) => [f, hlc])) } })),
      ),
      db.outbox.bulkAdd(
        all.map(({ collection, row, hlc }) => {
          const { id: _id, ...fields } = row;
          return { mutation: { name: 'record.put' as const, hlc, args: { collection, recordId: row.id, fields } }, createdAt: now };
        }),
      ),
      db.meta.put({ key: CLOCK_KEY, value: all.at(-1)!.hlc }),
    ]);
  });
  afterLocalWrite();
}
