import { COLLECTIONS, type Collection } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { resumeClock } from '../db/write.ts';

/** The meta key `putRecord` keeps the last clock stamp under (db/write.ts). */
const CLOCK_KEY = 'hlc';

/**
 * `putRecord` for many new or whole records at once, with the same result: each record parsed by its schema,
 * stored, stamped field by field with its own clock stamp, and queued as a `record.put` mutation carrying every
 * field, all in one transaction. It uses bulk operations (a handful of requests instead of six per record),
 * which is what makes a 10,000-row import take seconds instead of a minute.
 */
export async function putRecords(db: PipeclipDb, collection: Collection, records: readonly { id: string }[], options: { parsed?: boolean } = {}): Promise<void> {
  if (!records.length) return;
  const schema = COLLECTIONS[collection];
  // Records that come straight out of a schema parse (an import, a validated backup) are not parsed twice.
  const parsed = (options.parsed ? records : records.map((r) => schema.parse(r))) as (Record<string, unknown> & { id: string })[];
  const table = db.table(collection);
  await db.transaction('rw', [table, db.outbox, db.meta, db.stamps], async () => {
    const clock = await resumeClock(db);
    const hlcs = parsed.map(() => clock.now());
    const keys = parsed.map((p) => `${collection}/${p.id}`);
    const held = await db.stamps.bulkGet(keys);
    await table.bulkPut(parsed);
    await db.stamps.bulkPut(
      parsed.map((p, i) => ({ key: keys[i]!, stamps: { ...(held[i]?.stamps ?? {}), ...Object.fromEntries(Object.keys(p).filter((f) => f !== 'id').map((f) => [f, hlcs[i]!])) } })),
    );
    const now = Date.now();
    await db.outbox.bulkAdd(
      parsed.map((p, i) => {
        const { id: _id, ...fields } = p;
        return { mutation: { name: 'record.put' as const, hlc: hlcs[i]!, args: { collection, recordId: p.id, fields } }, createdAt: now };
      }),
    );
    await db.meta.put({ key: CLOCK_KEY, value: hlcs.at(-1)! });
  });
}
