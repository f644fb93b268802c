import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import { periodOf } from './period.ts';
import { at, deal, pipeline } from './test-fixtures.ts';
import { salesVelocity } from './velocity.ts';

const lookback = { from: at('2025-01-01'), to: at('2026-01-01') };

/** docs/metrics.md, "Sales velocity": 50 open × 25 % × 8,000 ÷ 100 days = 1,000 per day. */
function example() {
  const open = Array.from({ length: 50 }, () => deal({ stageId: 'demo', value: 3_000 }));
  const closed = [
    deal({ status: 'won', value: 6_000, createdAt: at('2025-03-01'), closedAt: at('2025-06-09') }),
    deal({ status: 'won', value: 10_000, createdAt: at('2025-05-01'), closedAt: at('2025-08-09') }),
    ...Array.from({ length: 6 }, () => deal({ status: 'lost', closedAt: at('2025-09-01') })),
  ];
  return selectDeals([...open, ...closed], { pipeline, currency: 'EUR' });
}

describe('sales velocity worked example', () => {
  it('is open deals × win rate × average won deal size ÷ cycle length', () => {
    expect(salesVelocity(example(), lookback)).toEqual({
      perDay: 1_000,
      openDeals: 50,
      winRate: 0.25,
      averageDealSize: 8_000,
      cycleDays: 100,
    });
  });

  it('is unknown when nothing closed in the look-back', () => {
    const v = salesVelocity(example(), periodOf('2024-Q1'));
    expect(v.perDay).toBeNull();
    expect(v.openDeals).toBe(50);
  });

  it('is 0 per day, not unknown, when every closed deal was lost', () => {
    const set = selectDeals(
      [deal({ stageId: 'demo', value: 1 }), deal({ status: 'lost', closedAt: at('2025-02-01') })],
      { pipeline, currency: 'EUR' },
    );
    expect(salesVelocity(set, lookback)).toMatchObject({ winRate: 0, perDay: null, averageDealSize: null });
  });
});
