import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { boardColumns } from './board-query.ts';
import { readFirstScreen } from './first-screen.ts';
import { MEMBERS_KEY } from './members.ts';
import { BOARD_PAGE } from './pipeline-cache.ts';
import { recomputeSummary } from './summary-cache.ts';
import { readSummary } from './summary-key.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';

describe('the side panel boot read of the first screen', () => {
  it('shows the same newest deals per stage and the same cached totals as the live queries', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    for (let i = 0; i < 45; i++) await db.deals.put(dealFixture(p, { stageId: i % 3 ? 'lead' : 'proposal', updatedAt: 100 + i, value: i }));
    await putRecord(db, 'deals', dealFixture(p, { stageId: 'demo', updatedAt: 500, deletedAt: 500 }));
    await recomputeSummary(db, p, 1000);

    const early = await readFirstScreen(db.name, p);
    expect(early?.columns).toEqual(await boardColumns(db, p, {}, BOARD_PAGE));
    expect(early?.summary).toEqual(await readSummary(db, p));
    expect(early?.summary.fresh).toBe(true);
    expect(early?.columns.find((c) => c.stageId === 'lead')).toMatchObject({ more: false });
    expect(early?.columns.find((c) => c.stageId === 'demo')?.deals).toEqual([]);
  });

  it('reads the member names with it, so the first render shows owners by name', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    await db.deals.put(dealFixture(p, { ownerId: 'm1' }));
    const directory = { members: [{ id: 'm1', name: 'Ann Fischer', role: 'rep' }], meId: 'm1', fetchedAt: 1 };
    await db.meta.put({ key: MEMBERS_KEY, value: directory });
    expect((await readFirstScreen(db.name, p))?.members).toEqual(directory);
  });

  it('creates no database when there is none yet', async () => {
    const name = `none-${crypto.randomUUID()}`;
    expect(await readFirstScreen(name, pipelineFixture())).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
