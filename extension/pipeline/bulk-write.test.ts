import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { putRecords } from './bulk-write.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';
import { allMutations } from '../db/outbox.ts';

describe('bulk writes', () => {
  it('store and queue exactly what putRecord would, with increasing clock stamps', async () => {
    const p = pipelineFixture();
    const deals = [dealFixture(p), dealFixture(p)];
    const one = freshDb();
    for (const d of deals) await putRecord(one, 'deals', d);
    const many = freshDb();
    await putRecords(many, 'deals', deals);
    expect(await many.deals.toArray()).toEqual(await one.deals.toArray());
    const strip = (m: { hlc: string }) => ({ ...m, hlc: undefined });
    expect((await allMutations(many)).map(strip)).toEqual((await allMutations(one)).map(strip));
    const stamps = (await allMutations(many)).map((m) => m.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(2);
    expect((await many.meta.get('hlc'))!.value).toBe(stamps[1]);
    // A later single write still stamps after the bulk ones.
    await putRecord(many, 'deals', { ...deals[0]!, title: 'x' }, { title: 'x' });
    expect((await allMutations(many)).at(-1)!.hlc > stamps[1]!).toBe(true);
  });
});
