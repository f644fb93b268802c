import { importRows, parseCsv, suggestMapping } from '@pipeclip/shared/csv';
import { summarizeCounters } from '@pipeclip/shared/metrics';
import { putRecord } from '../db/write.ts';
import { describe, expect, it } from 'vitest';
import { importInParts, writeMany } from './import.ts';
import { recomputeSummary } from './summary-cache.ts';
import { readSummary } from './summary-key.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';
import { allMutations } from '../db/outbox.ts';

const CSV = `Name;E-Mail;Firma;Wert;Phase
Anna Schmidt;anna@example.de;Nordwind GmbH;1.234,56 €;Qualification
Kaputt;keine-mail;X;;
Ben Berg;ben@example.de;Berg AG;abc;`;

describe('CSV import into the database', () => {
  it('imports valid rows with deals (German amounts), reports the refused ones, and queues every record for sync', async () => {
    const db = freshDb();
    const csv = parseCsv(CSV);
    const result = importRows(csv.rows, suggestMapping(csv.headers), { now: 1_700_000_000_000, pipeline: pipelineFixture(), locale: 'de' });
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'invalidEmail'],
      [4, 'invalidAmount'],
    ]);
    const progress: number[] = [];
    await writeMany(db, [{ collection: 'people', records: result.people }, { collection: 'deals', records: result.deals }], (done) => progress.push(done), { chunk: 1 });
    expect(progress).toEqual([1, 2]);
    expect(await db.deals.toArray()).toMatchObject([{ value: 1234.56, currency: 'EUR', stageId: 'qualification' }]);
    expect(await db.outbox.count()).toBe(2);
  });

  it('restores without rolling back newer local edits', async () => {
    const db = freshDb();
    const csv = parseCsv('Name,Email\nAnna,anna@example.de');
    const [anna] = importRows(csv.rows, suggestMapping(csv.headers), { now: 10, pipeline: pipelineFixture() }).people;
    await writeMany(db, [{ collection: 'people', records: [{ ...anna!, name: 'Anna (edited)', updatedAt: 20 }] }]);
    const r = await writeMany(db, [{ collection: 'people', records: [anna!] }], undefined, { keepNewer: true });
    expect(r).toEqual({ written: 0, skipped: 1 });
    expect((await db.people.get(anna!.id))!.name).toBe('Anna (edited)');
  });
});

describe('CSV import in parts', () => {
  it('writes every part with its outbox entries, reports progress per part, and still refuses a duplicate from an earlier part', async () => {
    const db = freshDb();
    const csv = parseCsv(['Name,Email,Deal,Value', 'Anna,anna@example.de,Renewal,100', 'Ben,ben@example.de,Pilot,200', 'Cleo,cleo@example.de,,', 'Anna again,anna@example.de,Other,5'].join('\n'));
    const progress: [number, number][] = [];
    const r = await importInParts(db, pipelineFixture(), csv.rows, (rows, seen) => importRows(rows, suggestMapping(csv.headers), { now: 10, pipeline: pipelineFixture(), seen }), (done, total) => progress.push([done, total]), 2);
    expect(progress).toEqual([
      [2, 4],
      [4, 4],
    ]);
    expect(r.rejected.map((x) => [x.row, x.code])).toEqual([[5, 'duplicateEmail']]);
    expect((await db.people.toArray()).map((p) => p.name).sort()).toEqual(['Anna', 'Ben', 'Cleo']);
    expect(await db.deals.count()).toBe(2);
    const queued = (await allMutations(db)).map((m) => m.args.collection);
    expect(queued).toEqual(['people', 'people', 'deals', 'deals', 'people']);
  });
});

describe('CSV import and the cached counters', () => {
  it('keeps the board’s counts and totals current: after an import they are fresh and equal a full recount', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    await putRecord(db, 'deals', dealFixture(p, { value: 500 }));
    await recomputeSummary(db, p, 1000);
    const csv = parseCsv(['Name,Email,Deal,Value,Stage', 'Anna,anna@example.de,Renewal,100,Proposal & negotiation', 'Ben,ben@example.de,Pilot,200,', 'Cleo,cleo@example.de,Rollout,300,Proposal & negotiation'].join('\n'));
    await importInParts(db, p, csv.rows, (rows, seen) => importRows(rows, suggestMapping(csv.headers), { now: 2000, pipeline: p, seen }), undefined, 2);

    const after = await readSummary(db, p);
    expect(after.fresh).toBe(true);
    const opts = { pipeline: p, currency: 'EUR', now: 3000, period: { from: 0, to: Date.UTC(2030, 0, 1) }, forecastPeriods: [] };
    const recount = await recomputeSummary(db, p, 3000);
    expect(summarizeCounters(after.cache!.rows, opts)).toEqual(summarizeCounters(recount.rows, opts));
    expect(summarizeCounters(recount.rows, opts).open).toMatchObject({ count: 4, value: 1100 });
    expect(after.cache!.currencies).toEqual({ EUR: 4 });
  });
});
