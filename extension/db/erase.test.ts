import { describe, expect, it } from 'vitest';
import { formatHlc, uuidv7, type Activity, type Person } from '@pipeclip/shared';
import { applyPull } from '../sync/apply-pull.ts';
import { freshDb } from '../pipeline/test-data.ts';
import { erasePerson } from './erase.ts';
import { putRecord } from './write.ts';
import { allMutations } from './outbox.ts';

const person = (name: string): Person => {
  const now = Date.now();
  return { id: uuidv7(), name, emails: [`${name.toLowerCase()}@x.test`], phones: [], urls: [], tags: [], shared: false, source: { kind: 'manual', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: now, updatedAt: now } as Person;
};
const note = (personId: string, body: string) => ({ id: uuidv7(), kind: 'note', personId, body, createdAt: Date.now(), updatedAt: Date.now() }) as Activity;

describe('right to erasure on this device', () => {
  it('removes the person, every activity about them and their lost values; only the person’s deletion is queued', async () => {
    const db = freshDb();
    const gone = person('Gone');
    const kept = person('Kept');
    await putRecord(db, 'people', gone);
    await putRecord(db, 'people', kept);
    const notes = [note(gone.id, 'Private call notes'), note(gone.id, 'Home address'), note(kept.id, 'Stays')];
    for (const n of notes) await putRecord(db, 'activities', n);
    await db.conflicts.add({ collection: 'people', recordId: gone.id, field: 'title', lostValue: 'Old title', wonValue: 'CEO', at: 1, seen: false });
    await db.outbox.clear();

    await erasePerson(db, gone.id);

    expect(await db.people.get(gone.id)).toBeUndefined();
    expect(await db.people.get(kept.id)).toBeDefined();
    expect((await db.activities.toArray()).map((a) => a.body)).toEqual(['Stays']);
    expect(await db.conflicts.count()).toBe(0);
    expect((await allMutations(db)).map((m) => [m.name, m.args.recordId])).toEqual([['record.delete', gone.id]]);
  });

  it('drops conflict-log entries of records a pull deletes', async () => {
    const db = freshDb();
    const p = person('Pulled');
    await putRecord(db, 'people', p);
    await db.outbox.clear();
    await db.conflicts.add({ collection: 'people', recordId: p.id, field: 'title', lostValue: 'Secret', wonValue: 'CEO', at: 1, seen: false });
    await applyPull(db, { cookie: 9, lastMutationId: 0, more: false, lost: [], rows: [{ collection: 'people', id: p.id, data: null, stamps: { _deleted: formatHlc({ ms: Date.now(), counter: 0, node: 'node-x' }) }, deleted: true, version: 9 }] } as never);
    expect(await db.people.get(p.id)).toBeUndefined();
    expect(await db.conflicts.count()).toBe(0);
  });
});
