import type { Mutation } from '@pipeclip/shared';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../pipeline/test-data.ts';
import { allMutations, dropAcknowledged, enqueue, nextMutations, pendingCount } from './outbox.ts';

const put = (recordId: string): Omit<Mutation, 'id'> => ({ name: 'record.put', hlc: `000000000000001:00000:${recordId}`, args: { collection: 'people', recordId, fields: { name: recordId } } }) as Omit<Mutation, 'id'>;
const ids = (ms: Mutation[]) => ms.map((m) => `${m.id}:${m.args.recordId}`);

describe('the outbox', () => {
  it('gives a bulk write consecutive ids in two rows, and the next write the id after them', async () => {
    const db = freshDb();
    await db.transaction('rw', db.outbox, () => enqueue(db, ['a', 'b', 'c', 'd'].map(put)));
    await db.transaction('rw', db.outbox, () => enqueue(db, [put('e')]));
    expect(await db.outbox.count()).toBe(3);
    expect(ids(await allMutations(db))).toEqual(['1:a', '2:b', '3:c', '4:d', '5:e']);
    expect(await pendingCount(db)).toBe(5);
  });

  it('splits a large bulk write into rows of at most one push', async () => {
    const db = freshDb();
    const many = Array.from({ length: 1_201 }, (_, i) => put(`r${i}`));
    await db.transaction('rw', db.outbox, () => enqueue(db, many));
    expect((await db.outbox.toArray()).map((row) => [row.id, row.mutations.length])).toEqual([[1, 1], [501, 500], [1001, 500], [1201, 200]]);
    expect((await allMutations(db)).map((m) => m.id)).toEqual(many.map((_, i) => i + 1));
    expect(ids(await nextMutations(db, 3))).toEqual(['1:r0', '2:r1', '3:r2']);
    expect((await nextMutations(db, 500)).at(-1)!.id).toBe(500);
  });

  it('hands out at most the asked number of mutations, oldest first, across rows', async () => {
    const db = freshDb();
    await db.transaction('rw', db.outbox, () => enqueue(db, ['a', 'b', 'c', 'd'].map(put)));
    expect(ids(await nextMutations(db, 3))).toEqual(['1:a', '2:b', '3:c']);
    expect(ids(await nextMutations(db, 10))).toEqual(['1:a', '2:b', '3:c', '4:d']);
  });

  it('hands out the mutations after those already sent, also from the middle of a bulk row', async () => {
    const db = freshDb();
    await db.transaction('rw', db.outbox, () => enqueue(db, ['a', 'b', 'c', 'd', 'e'].map(put)));
    expect(ids(await nextMutations(db, 2, 2))).toEqual(['3:c', '4:d']);
    expect(ids(await nextMutations(db, 10, 4))).toEqual(['5:e']);
    expect(await nextMutations(db, 10, 5)).toEqual([]);
  });

  it('drops what the server acknowledged, also in the middle of a bulk row, and never reuses an id', async () => {
    const db = freshDb();
    await db.transaction('rw', db.outbox, () => enqueue(db, ['a', 'b', 'c', 'd', 'e'].map(put)));
    await db.transaction('rw', db.outbox, () => dropAcknowledged(db, 3));
    expect(ids(await allMutations(db))).toEqual(['4:d', '5:e']);
    expect(await pendingCount(db)).toBe(2);
    await db.transaction('rw', db.outbox, () => dropAcknowledged(db, 3)); // a replayed acknowledgement changes nothing
    expect(ids(await allMutations(db))).toEqual(['4:d', '5:e']);
    await db.transaction('rw', db.outbox, () => dropAcknowledged(db, 5));
    expect(await pendingCount(db)).toBe(0);
    await db.transaction('rw', db.outbox, () => enqueue(db, [put('f'), put('g')]));
    expect(ids(await allMutations(db))).toEqual(['6:f', '7:g']);
  });
});
