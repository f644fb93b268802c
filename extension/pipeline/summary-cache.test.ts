import { HybridClock, type PullResponse } from '@pipeclip/shared';
import { summarizeCounters } from '@pipeclip/shared/metrics';
import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { applyPull } from '../sync/apply-pull.ts';
import { moveDeal } from './move.ts';
import { recomputeSummary } from './summary-cache.ts';
import { readSummary } from './summary-key.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';

describe('cached pipeline counters', () => {
  it('stay fresh after the rep’s own move and equal a full recount', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const deals = [dealFixture(p, { value: 100 }), dealFixture(p, { stageId: 'proposal', value: 200 }), dealFixture(p, { currency: 'USD', value: 50 })];
    for (const d of deals) await putRecord(db, 'deals', d);
    await recomputeSummary(db, p, 1000);
    expect((await readSummary(db, p)).fresh).toBe(true);

    await moveDeal(db, deals[0]!, p, 'proposal', undefined, 2000);
    const incremental = await readSummary(db, p);
    expect(incremental.fresh).toBe(true);

    const recount = await recomputeSummary(db, p, 3000);
    const opts = { pipeline: p, currency: 'EUR', now: 3000, period: { from: 0, to: Date.UTC(2030, 0, 1) }, forecastPeriods: [] };
    expect(summarizeCounters(incremental.cache!.rows, opts)).toEqual(summarizeCounters(recount.rows, opts));
    expect(summarizeCounters(recount.rows, opts).funnel.find((f) => f.stageId === 'proposal')).toMatchObject({ count: 2, value: 300 });
    expect(recount.currencies).toEqual({ EUR: 2, USD: 1 });
  });

  it('are left to a recount when they were already stale before the change', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const first = dealFixture(p);
    await putRecord(db, 'deals', first);
    const { fingerprint } = await recomputeSummary(db, p, 1000);
    await putRecord(db, 'deals', dealFixture(p, { updatedAt: 1500 }));
    await moveDeal(db, first, p, 'demo', undefined, 2000);
    const after = await readSummary(db, p);
    expect(after.fresh).toBe(false);
    expect(after.cache!.fingerprint).toBe(fingerprint);
  });

  it('are not taken as fresh after a pull deletes older deals, and the recount drops them', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const older = dealFixture(p, { value: 700, updatedAt: 10 });
    const newest = dealFixture(p, { value: 300, updatedAt: 20 });
    for (const d of [older, newest]) await putRecord(db, 'deals', d);
    await recomputeSummary(db, p, 1000);
    const stamp = new HybridClock('c-teammate', () => 5000).now();
    const page: PullResponse = { cookie: 2, lastMutationId: 2, more: false, lost: [], rows: [{ collection: 'deals', id: older.id, version: 2, deleted: true, data: null, stamps: { _deleted: stamp } }] };
    await applyPull(db, page);

    expect((await readSummary(db, p)).fresh).toBe(false);
    const recount = await recomputeSummary(db, p, 2000);
    expect(summarizeCounters(recount.rows, opts(p)).open).toMatchObject({ count: 1, value: 300 });
    expect((await readSummary(db, p)).fresh).toBe(true);
  });

  it('are not taken as fresh after a teammate’s edit stamped earlier than the newest local change', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const older = dealFixture(p, { value: 700, updatedAt: 10 });
    await putRecord(db, 'deals', older);
    await putRecord(db, 'deals', dealFixture(p, { value: 300, updatedAt: 20 }));
    await recomputeSummary(db, p, 1000);
    // A bulk write that bypasses putRecord, as a pull or a restore does: the deal's updatedAt stays older.
    await db.deals.bulkPut([{ ...older, value: 900, updatedAt: 15 }]);
    expect((await readSummary(db, p)).fresh).toBe(false);
    await db.deals.bulkDelete([older.id]);
    expect((await readSummary(db, p)).fresh).toBe(false);
  });
});

const opts = (p: ReturnType<typeof pipelineFixture>) => ({ pipeline: p, currency: 'EUR', now: 3000, period: { from: 0, to: Date.UTC(2030, 0, 1) }, forecastPeriods: [] });
