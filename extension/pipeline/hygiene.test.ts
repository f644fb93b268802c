import { describe, expect, it } from 'vitest';
import { hygieneOf } from './hygiene.ts';
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
});
