import type { Pipeline } from '@pipeclip/shared';
import { describe, expect, it } from 'vitest';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { boardColumnsAt } from './board-query.ts';
import { readFirstScreen } from './first-screen.ts';
import { SNAPSHOT_KEY, snapshotContext, usableSnapshot, type StoredRows } from './first-screen-snapshot.ts';
import { MEMBERS_KEY } from './members.ts';
import { moveDeal } from './move.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';

const HTML = '<div class="app">the board</div>';

/** What the boot script reads for the snapshot, as it reads it (plain IndexedDB, one transaction). */
const storedRows = (db: PipeclipDb, p: Pipeline) => new Promise<StoredRows>((resolve) => void readFirstScreen(db.name, p, resolve));

/** Stores a snapshot the way the side panel does: under the deals version its columns were read at. */
async function saveSnapshot(db: PipeclipDb, p: Pipeline, validUntil = Number.MAX_SAFE_INTEGER) {
  const { version } = await boardColumnsAt(db, p, {}, 40);
  const pipelines = (await db.pipelines.toArray()).filter((x) => !x.deletedAt);
  const context = snapshotContext({ dealsVersion: version!, pipelines, pipelineId: p.id, members: undefined, locale: 'en' });
  await db.meta.put({ key: SNAPSHOT_KEY, value: { context, html: HTML, validUntil } });
}

async function setUp() {
  const db = freshDb();
  const p = pipelineFixture();
  await db.pipelines.put(p);
  const deal = dealFixture(p);
  await putRecord(db, 'deals', deal);
  await saveSnapshot(db, p);
  return { db, p, deal };
}

describe('the stored snapshot of the board’s first screen', () => {
  it('is painted on the next open when nothing changed', async () => {
    const { db, p } = await setUp();
    expect(usableSnapshot(await storedRows(db, p), p.id, 'en')).toBe(HTML);
    expect(usableSnapshot(await storedRows(db, p), null, 'en-GB')).toBe(HTML);
  });

  it.each([
    ['a new deal', (db: PipeclipDb, p: Pipeline) => putRecord(db, 'deals', dealFixture(p, { title: 'New' }))],
    ['an edited deal', (db: PipeclipDb, p: Pipeline) => putRecord(db, 'deals', { ...dealFixture(p), title: 'Renamed' })],
    ['a raw bulk write (a pull, an import)', (db: PipeclipDb, p: Pipeline) => db.deals.bulkPut([dealFixture(p)])],
    ['a deleted deal', async (db: PipeclipDb) => void (await db.deals.clear())],
    ['a renamed pipeline', (db: PipeclipDb, p: Pipeline) => db.pipelines.put({ ...p, name: 'Renamed', updatedAt: 2 })],
    ['a second pipeline', (db: PipeclipDb, p: Pipeline) => db.pipelines.put({ ...p, id: '01900000-0000-7000-8000-0000000000bb', name: 'Other' })],
    ['new member names', (db: PipeclipDb) => db.meta.put({ key: MEMBERS_KEY, value: { members: [{ id: 'm1', name: 'Ann', role: 'rep' }], meId: 'm1', fetchedAt: 1 } })],
  ])('is never painted after %s', async (_what, write) => {
    const { db, p } = await setUp();
    await write(db, p);
    expect(usableSnapshot(await storedRows(db, p), p.id, 'en')).toBeUndefined();
  });

  it('is never painted after a move, even though the move keeps the counters fresh', async () => {
    const { db, p, deal } = await setUp();
    await moveDeal(db, deal, p, 'proposal', undefined, 2000);
    expect(usableSnapshot(await storedRows(db, p), p.id, 'en')).toBeUndefined();
  });

  it('is not painted in another language, for another pipeline, or once a follow-up on it is due', async () => {
    const { db, p } = await setUp();
    expect(usableSnapshot(await storedRows(db, p), p.id, 'de')).toBeUndefined();
    await db.pipelines.put({ ...p, id: '01900000-0000-7000-8000-0000000000bb', name: 'Other' });
    await saveSnapshot(db, p);
    expect(usableSnapshot(await storedRows(db, p), '01900000-0000-7000-8000-0000000000bb', 'en')).toBeUndefined();
    const now = Date.now();
    await db.pipelines.delete('01900000-0000-7000-8000-0000000000bb');
    await saveSnapshot(db, p, now + 1000);
    expect(usableSnapshot(await storedRows(db, p), p.id, 'en', now)).toBe(HTML);
    expect(usableSnapshot(await storedRows(db, p), p.id, 'en', now + 1000)).toBeUndefined();
  });
});
