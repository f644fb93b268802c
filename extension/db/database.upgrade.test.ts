import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PipeclipDb } from './database.ts';
import { dealsInPipeline, dealsInStage } from '../pipeline/stage-index.ts';
import { allMutations, pendingCount } from './outbox.ts';

const V1 = {
  people: 'id, updatedAt, *emails, *phones, *urls, companyName, name, score',
  companies: 'id, domain, name',
  deals: 'id, [pipelineId+stageId], stageId, status, ownerId, updatedAt, nextFollowUpAt, expectedCloseAt, value, personId',
  activities: 'id, personId, dealId, dueAt, createdAt',
  pipelines: 'id',
  outbox: '++id',
  meta: 'key',
  conflicts: '++id, recordId, seen',
  stamps: 'key',
};

describe('database upgrades', () => {
  it('opens a version 1 database with its data and pending edits intact (same ids, same order), the new indexes usable, unused ones and the stamps store gone', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.table('deals').put({ id: 'd1', pipelineId: 'p', stageId: 'lead', updatedAt: 5, createdAt: 1, tags: ['key'], value: 10 });
    await old.table('activities').bulkPut([
      { id: 'a1', kind: 'task', dueAt: 100, createdAt: 1 },
      { id: 'a2', kind: 'task', dueAt: 100, createdAt: 2, revises: 'a1', doneAt: 3 },
    ]);
    await old.table('outbox').bulkAdd([{ mutation: { name: 'record.put', hlc: 'a' }, createdAt: 1 }, { mutation: { name: 'record.delete', hlc: 'b' }, createdAt: 1 }]);
    await old.table('stamps').put({ key: 'deals/d1', stamps: { value: 'h' } });
    old.close();

    const db = new PipeclipDb(name);
    expect(await db.deals.get('d1')).toMatchObject({ value: 10 });
    expect(db.verno).toBe(5);
    expect([...db.backendDB().objectStoreNames]).not.toContain('stamps');
    expect((await allMutations(db)).map((m) => [m.id, m.name, m.hlc])).toEqual([[1, 'record.put', 'a'], [2, 'record.delete', 'b']]);
    expect(await pendingCount(db)).toBe(2);
    expect(await dealsInStage(db, 'p', 'lead').count()).toBe(1);
    expect(await dealsInPipeline(db, 'p').count()).toBe(1);
    expect([...db.backendDB().transaction('deals').objectStore('deals').indexNames]).not.toContain('[pipelineId+stageId]');
    expect(await db.deals.orderBy('createdAt').first()).toMatchObject({ id: 'd1' });
    expect((await db.activities.where('revises').equals('a1').toArray()).map((a) => a.id)).toEqual(['a2']);
    expect(await db.activities.where('[kind+dueAt]').between(['task', 0], ['task', 200]).count()).toBe(2);
    db.close();
  });
});
