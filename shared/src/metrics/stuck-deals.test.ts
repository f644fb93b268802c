import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import { stuckDeals } from './stuck-deals.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

const now = at('2026-03-01');
const passed = (stageId: string, from: string, to: string, next: string) =>
  deal({ stageId: next, stageHistory: [{ stageId, enteredAt: at(from) }, { stageId: next, enteredAt: at(to) }] });
const sitting = (title: string, stageId: string, since: string) =>
  deal({ title, stageId, stageHistory: [{ stageId, enteredAt: at(since) }] });

/** docs/metrics.md, "Stuck deals": demo usually takes 5 days. */
const example = () =>
  selectDeals(
    [
      ...Array.from({ length: 5 }, () => passed('demo', '2026-01-01', '2026-01-06', 'proposal')),
      sitting('Twenty days in demo', 'demo', '2026-02-09'),
      sitting('Eight days in demo', 'demo', '2026-02-21'),
      ...Array.from({ length: 3 }, () => passed('lead', '2026-01-01', '2026-01-02', 'contact')),
      sitting('Three days as a lead', 'lead', '2026-02-26'),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('stuck deals worked example', () => {
  it('flags an open deal in its stage more than twice the stage median and at least a week', () => {
    const set = example();
    const stuck = stuckDeals(set, now);
    const title = (id: string) => set.facts.find((f) => f.deal.id === id)!.deal.title;
    expect(stuck.map((s) => [title(s.dealId), s.stageId, s.days, s.medianDays])).toEqual([
      ['Twenty days in demo', 'demo', 20, 5],
    ]);
  });

  it.each([
    [{ factor: 1.5 }, 2],
    [{ minDays: 2 }, 2],
    [{ factor: 5 }, 0],
  ])('honours the thresholds %j', (options, count) => {
    expect(stuckDeals(example(), now, options)).toHaveLength(count);
  });

  it('never flags a closed deal', () => {
    const set = selectDeals([deal({ status: 'lost', closedAt: at('2026-01-05'), stageId: 'demo' })], { pipeline, currency: 'EUR' });
    expect(stuckDeals(set, now, { minDays: 0, factor: 0 })).toEqual([]);
  });
});
