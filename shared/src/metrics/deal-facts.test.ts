import { describe, expect, it } from 'vitest';
import { factsOf, selectDeals } from './deal-facts.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

describe('factsOf', () => {
  it.each([
    ['stage default', { stageId: 'proposal', value: 1000 }, 'open', 0.6, 600],
    ['deal override', { stageId: 'proposal', value: 1000, probability: 0.9 }, 'open', 0.9, 900],
    ['override of 0 is kept', { stageId: 'proposal', value: 1000, probability: 0 }, 'open', 0, 0],
    ['won status', { stageId: 'proposal', value: 1000, status: 'won' as const }, 'won', 1, 1000],
    ['dragged into Closed won', { stageId: 'won', value: 1000 }, 'won', 1, 1000],
    ['dragged into Closed lost', { stageId: 'lost', value: 1000, probability: 0.5 }, 'lost', 0, 0],
    ['stage no longer in the pipeline', { stageId: 'gone', value: 1000 }, 'open', 0, 0],
  ])('%s', (_, input, outcome, probability, weighted) => {
    const f = factsOf(deal(input), pipeline);
    expect([f.outcome, f.probability, f.weighted]).toEqual([outcome, probability, weighted]);
  });

  it('dates a closed deal by closedAt, else by its last stage entry, else by its last update', () => {
    const base = { status: 'won' as const, updatedAt: at('2026-03-09') };
    expect(factsOf(deal({ ...base, closedAt: at('2026-03-01') }), pipeline).closedAt).toBe(at('2026-03-01'));
    const moved = deal({ ...base, stageHistory: [{ stageId: 'won', enteredAt: at('2026-03-05') }] });
    expect(factsOf(moved, pipeline).closedAt).toBe(at('2026-03-05'));
    expect(factsOf(deal(base), pipeline).closedAt).toBe(at('2026-03-09'));
  });

  it('measures the cycle of a won deal from creation to win', () => {
    const won = deal({ status: 'won', createdAt: at('2026-01-01'), closedAt: at('2026-01-31') });
    expect(factsOf(won, pipeline).cycleDays).toBe(30);
  });
});

describe('selectDeals', () => {
  it('keeps live deals of the pipeline and currency and counts the rest', () => {
    const set = selectDeals(
      [
        deal({ value: 1 }),
        deal({ deletedAt: at('2026-02-01') }),
        deal({ currency: 'USD' }),
        deal({ currency: 'USD' }),
        deal({ pipelineId: '00000000-0000-4000-8000-bbbbbbbbbbbb' }),
      ],
      { pipeline, currency: 'EUR' },
    );
    expect(set.facts.map((f) => f.deal.value)).toEqual([1]);
    expect(set.ignored).toEqual({ deleted: 1, otherPipeline: 1, otherCurrency: 2 });
  });
});
