import { summarizeCounters } from '@pipeclip/shared/metrics';
import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { moveDeal } from './move.ts';
import { applyDealChange, recomputeSummary } from './summary-cache.ts';
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

    const before = deals[0]!;
    const plan = await moveDeal(db, before, p, 'proposal', undefined, 2000);
    expect((await readSummary(db, p)).fresh).toBe(false);
    await applyDealChange(db, p, before, { ...before, ...(plan.ok ? plan.changes : {}) });
    const incremental = await readSummary(db, p);
    expect(incremental.fresh).toBe(true);

    const recount = await recomputeSummary(db, p, 3000);
    const opts = { pipeline: p, currency: 'EUR', now: 3000, period: { from: 0, to: Date.UTC(2030, 0, 1) }, forecastPeriods: [] };
    expect(summarizeCounters(incremental.cache!.rows, opts)).toEqual(summarizeCounters(recount.rows, opts));
    expect(summarizeCounters(recount.rows, opts).funnel.find((f) => f.stageId === 'proposal')).toMatchObject({ count: 2, value: 300 });
    expect(recount.currencies).toEqual({ EUR: 2, USD: 1 });
  });
});
