import { describe, expect, it } from 'vitest';
import { putRecords } from '../pipeline/bulk-write.ts';
import { dealFixture, freshDb, pipelineFixture } from '../pipeline/test-data.ts';
import { deleteRecord, onLocalWrite, putRecord } from './write.ts';
import { allMutations } from './outbox.ts';

describe('local writes', () => {
  it('tell their listeners once committed, so the side panel can push them soon', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const seen: number[] = [];
    const stop = onLocalWrite(() => seen.push(0));
    const deal = dealFixture(p);
    await putRecord(db, 'deals', deal);
    expect(seen).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
    await putRecords(db, 'deals', [dealFixture(p), dealFixture(p)]);
    await deleteRecord(db, 'deals', deal.id);
    expect(seen).toHaveLength(3);
    stop();
    await putRecord(db, 'deals', dealFixture(p));
    expect(seen).toHaveLength(3);
  });

  it('made back to back, commit together in the order they were made, each with its own stamp and outbox entry', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const deals = Array.from({ length: 50 }, () => dealFixture(p));
    let commits = 0;
    const stop = onLocalWrite(() => commits++);
    // A loop of edits that does not wait for each one, then a change and a delete of the first deal.
    const writes = deals.map((d) => putRecord(db, 'deals', d));
    writes.push(putRecord(db, 'deals', { ...deals[0]!, title: 'Renamed' }, { title: 'Renamed' }), deleteRecord(db, 'deals', deals[1]!.id));
    await Promise.all(writes);
    stop();

    expect(await db.deals.count()).toBe(49);
    expect((await db.deals.get(deals[0]!.id))?.title).toBe('Renamed');
    const outbox = await allMutations(db);
    expect(outbox.map((m) => m.args.recordId)).toEqual([...deals.map((d) => d.id), deals[0]!.id, deals[1]!.id]);
    const stamps = outbox.map((m) => m.hlc);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect([...stamps].sort()).toEqual(stamps);
    // Fewer transactions than writes: the first commits alone, the rest wait for it and go together.
    expect(commits).toBeLessThan(writes.length / 10);
  });

  it('made in a long burst, commit one push’s worth at a time, in order, so the first are stored (and can be sent) before the burst ends', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const deals = Array.from({ length: 1_200 }, () => dealFixture(p));
    let commits = 0;
    const stop = onLocalWrite(() => commits++);
    const settled: number[] = [];
    await Promise.all(deals.map((d, i) => putRecord(db, 'deals', d).then(() => settled.push(i))));
    stop();

    expect(commits).toBe(3); // 500 + 500 + 200
    expect(settled).toEqual(deals.map((_, i) => i));
    expect((await allMutations(db)).map((m) => [m.id, m.args.recordId])).toEqual(deals.map((d, i) => [i + 1, d.id]));
    // Each group's mutations fill one push exactly: a row of one and a row of the rest.
    expect((await db.outbox.toArray()).map((row) => row.mutations.length)).toEqual([1, 499, 1, 499, 1, 199]);
  });

  it('that fail reject their own promises and store nothing of their group', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    await putRecord(db, 'deals', dealFixture(p));
    db.close();
    const results = await Promise.allSettled([putRecord(db, 'deals', dealFixture(p)), putRecord(db, 'deals', dealFixture(p))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await db.open();
    expect(await db.deals.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });
});
