import { describe, expect, it } from 'vitest';
import { hygieneOf } from './hygiene.ts';
import { putRecord } from '../db/write.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';

const DAY = 86_400_000;

describe('hygieneOf', () => {
  it('finds a deal stuck in its stage whatever its currency', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    await db.pipelines.put(p);
    const now = 100 * DAY;
    const inLead = (enteredAt: number, currency: string) => dealFixture(p, { currency, stageHistory: [{ stageId: 'lead', enteredAt }], createdAt: enteredAt, updatedAt: enteredAt });
    const stuck = inLead(now - 60 * DAY, 'USD');
    await db.deals.bulkPut([inLead(now - 2 * DAY, 'EUR'), inLead(now - 3 * DAY, 'EUR'), inLead(now - 2 * DAY, 'EUR'), stuck]);
    const { stuck: found } = await hygieneOf(db, p, now);
    expect(found.map((s) => [s.deal.id, s.days])).toEqual([[stuck.id, 60]]);
  });

  it("suggests a lead as dead by the rep's own thresholds", async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const now = 100 * DAY;
    await putRecord(db, 'people', { id: '01900000-0000-7000-8000-0000000000aa', name: 'Quiet Lead', emails: [], phones: [], urls: [], tags: [], source: { kind: 'manual', capturedAt: now - 10 * DAY }, qualification: { budget: false, authority: false, need: false, timeline: false }, shared: false, createdAt: now - 10 * DAY, updatedAt: now - 10 * DAY });
    expect((await hygieneOf(db, p, now)).dead).toEqual([]);
    expect((await hygieneOf(db, p, now, { maxIdleDays: 7 })).dead.map((d) => [d.person.name, d.reasons])).toEqual([['Quiet Lead', [{ key: 'inactive', days: 10 }]]]);
  });
});
