import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { markLost, moveDeal, planMove } from './move.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';
import { allMutations } from '../db/outbox.ts';

describe('moving deals between stages', () => {
  const p = pipelineFixture();

  it('records the stage history with timestamps and the outcome of closed stages', () => {
    const deal = dealFixture(p);
    const toDemo = planMove(deal, p, 'demo', 50);
    expect(toDemo).toEqual({ ok: true, changes: { stageId: 'demo', updatedAt: 50, status: 'open', stageHistory: [{ stageId: 'lead', enteredAt: 1 }, { stageId: 'demo', enteredAt: 50 }] } });
    const won = planMove(deal, p, 'won', 60);
    expect(won.ok && won.changes).toMatchObject({ status: 'won', closedAt: 60 });
  });

  it('asks for a reason before a deal is lost', () => {
    const deal = dealFixture(p);
    expect(planMove(deal, p, 'lost', 5)).toEqual({ ok: false, reason: 'needsLostReason' });
    expect(planMove(deal, p, 'lost', 5, '  ')).toEqual({ ok: false, reason: 'needsLostReason' });
    const lost = planMove(deal, p, 'lost', 5, 'Chose a competitor');
    expect(lost.ok && lost.changes).toMatchObject({ status: 'lost', lostReason: 'Chose a competitor', closedAt: 5 });
  });

  it('refuses a stage whose BANT requirements the deal does not meet, naming what is missing', () => {
    const strict = { ...p, stages: p.stages.map((s) => (s.id === 'proposal' ? { ...s, requires: ['budget' as const, 'authority' as const] } : s)) };
    const deal = dealFixture(strict, { qualification: { budget: true, authority: false, need: true, timeline: false } });
    expect(planMove(deal, strict, 'proposal', 5)).toEqual({ ok: false, reason: 'needsQualification', missing: ['authority'] });
    expect(planMove({ ...deal, qualification: { ...deal.qualification, authority: true } }, strict, 'proposal', 5).ok).toBe(true);
  });

  it('writes the move and its outbox entry together, and marks a deal lost with its reason', async () => {
    const db = freshDb();
    const deal = dealFixture(p);
    await putRecord(db, 'deals', deal);
    await moveDeal(db, deal, p, 'contact', undefined, 10);
    const moved = (await db.deals.get(deal.id))!;
    expect(moved).toMatchObject({ stageId: 'contact', status: 'open' });
    await markLost(db, moved, p, 'No budget', 20);
    expect(await db.deals.get(deal.id)).toMatchObject({ stageId: 'lost', status: 'lost', lostReason: 'No budget' });
    const outbox = await allMutations(db);
    expect(outbox).toHaveLength(3);
    expect(outbox[2]!).toMatchObject({ name: 'record.put', args: { collection: 'deals', fields: { stageId: 'lost', lostReason: 'No budget' } } });
  });
});
