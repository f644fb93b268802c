import type { Collection, Pipeline } from '@pipeclip/shared';
import type { CsvRow, ImportResult } from '@pipeclip/shared/csv';
import type { PipeclipDb } from '../db/database.ts';
import { putBatches, putRecords } from './bulk-write.ts';
import { withCountedChanges } from './summary-cache.ts';

type Rec = { id: string; updatedAt: number; [field: string]: unknown };

/**
 * Writes many records through the outbox in chunks: each chunk is one transaction (record + outbox entry
 * per record, all or nothing, as `putRecord` would write them), and `onProgress` runs between chunks so the UI can show a bar.
 * `parsed` says the records come straight from a schema parse. With `keepNewer`, a record is skipped when the local copy changed later (a restore never rolls back edits).
 */
export async function writeMany(
  db: PipeclipDb,
  batches: { collection: Collection; records: readonly Rec[] }[],
  onProgress: (done: number, total: number) => void = () => {},
  options: { chunk?: number; keepNewer?: boolean; parsed?: boolean } = {},
): Promise<{ written: number; skipped: number }> {
  const chunk = options.chunk ?? 1000;
  const total = batches.reduce((s, b) => s + b.records.length, 0);
  let done = 0;
  let written = 0;
  for (const { collection, records } of batches) {
    const table = db.table(collection);
    for (let i = 0; i < records.length; i += chunk) {
      const part = records.slice(i, i + chunk);
      await db.transaction('rw', [table, db.outbox, db.meta], async () => {
        const held = options.keepNewer ? ((await table.bulkGet(part.map((r) => r.id))) as (Rec | undefined)[]) : [];
        const fresh = part.filter((record, j) => !(held[j] && held[j]!.updatedAt >= record.updatedAt));
        await putRecords(db, collection, fresh, { parsed: options.parsed });
        written += fresh.length;
      });
      done += part.length;
      onProgress(done, total);
    }
  }
  return { written, skipped: total - written };
}

/**
 * Imports CSV rows part by part: each part is mapped (`map`, given one map of the emails seen so far, so
 * duplicates across parts are still refused) and then written in one transaction, people and deals with
 * their outbox entries. Parts are mapped and handed to IndexedDB while earlier ones commit (two in flight: the
 * browser commits them in order), so parsing and serialising stay off the writes' path; `onProgress` reports
 * the rows written after each commit. The new deals are added to `pipeline`'s cached counters in the same
 * transactions, so the board's counts and totals stay current without a recount of every deal.
 */
export async function importInParts(
  db: PipeclipDb,
  pipeline: Pipeline,
  rows: readonly CsvRow[],
  map: (rows: readonly CsvRow[], seen: Map<string, number>) => ImportResult,
  onProgress: (done: number, total: number) => void = () => {},
  part = 1000,
): Promise<ImportResult> {
  const seen = new Map<string, number>();
  const total: ImportResult = { people: [], deals: [], rejected: [] };
  let written = 0;
  let previous: Promise<void> = Promise.resolve();
  let before: Promise<void> = Promise.resolve();
  for (let i = 0; i < rows.length; i += part) {
    const r = map(rows.slice(i, i + part), seen);
    total.people.push(...r.people);
    total.deals.push(...r.deals);
    total.rejected.push(...r.rejected);
    const size = Math.min(part, rows.length - i);
    // At most two parts in flight; a failed part stops the loop at the next await.
    await before;
    before = previous;
    const write = async () => {
      await putBatches(db, [{ collection: 'people', records: r.people }, { collection: 'deals', records: r.deals }], { parsed: true });
      return r.deals.map((after) => ({ before: undefined, after }));
    };
    previous = withCountedChanges(db, pipeline, write, [db.people]).then(() => {
      written += size;
      onProgress(written, rows.length);
    });
  }
  await before;
  await previous;
  return total;
}
