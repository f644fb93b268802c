import { describe, expect, it } from 'vitest';
import { factsOf, selectDeals } from './deal-facts.ts';
import { stintsOf, timeInStage } from './stage-time.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

const now = at('2026-03-01');
const moves = (...steps: [string, string][]) => steps.map(([stageId, day]) => ({ stageId, enteredAt: at(day) }));

/** docs/metrics.md, "Time in stage". */
const example = () =>
  selectDeals(
    [
      deal({ stageId: 'demo', stageHistory: moves(['lead', '2026-01-01'], ['contact', '2026-01-03'], ['qualification', '2026-01-10'], ['demo', '2026-01-20']) }),
      deal({ stageId: 'lost', status: 'lost', closedAt: at('2026-01-25'), stageHistory: moves(['lead', '2026-01-01'], ['contact', '2026-01-05'], ['qualification', '2026-01-15'], ['lost', '2026-01-25']) }),
      deal({ stageId: 'won', status: 'won', closedAt: at('2026-02-20'), stageHistory: moves(['contact', '2026-02-01'], ['qualification', '2026-02-03'], ['demo', '2026-02-10'], ['proposal', '2026-02-15'], ['won', '2026-02-20']) }),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('time in stage worked example', () => {
  it('averages every stay, counting a stay still going on with its age so far', () => {
    const byStage = Object.fromEntries(timeInStage(example(), now).map((t) => [t.stageId, t]));
    expect(byStage.contact).toMatchObject({ stints: 3, medianDays: 7, current: 0 });
    expect(byStage.contact!.meanDays).toBeCloseTo(19 / 3, 10);
    expect(byStage.qualification).toMatchObject({ stints: 3, meanDays: 9, medianDays: 10 });
    expect(byStage.demo).toMatchObject({ stints: 2, meanDays: 22.5, medianDays: 22.5, current: 1 }); // 40 days so far and 5
    expect(byStage.proposal).toMatchObject({ stints: 1, meanDays: 5 });
  });

  it('lists only open stages, in pipeline order', () => {
    expect(timeInStage(example(), now).map((t) => t.stageId)).toEqual(['lead', 'contact', 'qualification', 'demo', 'proposal']);
  });
});

describe('stintsOf', () => {
  it('treats a deal without history as sitting in its stage since creation', () => {
    const f = factsOf(deal({ stageId: 'contact', createdAt: at('2026-02-01') }), pipeline);
    expect(stintsOf(f, now)).toEqual([{ stageId: 'contact', enteredAt: at('2026-02-01'), leftAt: now, ongoing: true }]);
  });

  it('ends the last stay of a deal closed without moving at its close', () => {
    const f = factsOf(deal({ status: 'lost', closedAt: at('2026-02-10'), stageHistory: moves(['demo', '2026-02-01']) }), pipeline);
    expect(stintsOf(f, now)).toEqual([{ stageId: 'demo', enteredAt: at('2026-02-01'), leftAt: at('2026-02-10'), ongoing: false }]);
  });

  it('orders history entries by time whatever order they were stored in', () => {
    const f = factsOf(deal({ stageId: 'demo', stageHistory: moves(['demo', '2026-02-10'], ['lead', '2026-02-01']) }), pipeline);
    expect(stintsOf(f, now).map((s) => s.stageId)).toEqual(['lead', 'demo']);
  });
});
