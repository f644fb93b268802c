import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import { periodOf } from './period.ts';
import { at, deal, pipeline } from './test-fixtures.ts';
import { averageWonDealSize, salesCycleLength, winRate } from './won-deals.ts';

const Q1 = periodOf('2026-Q1');
const won = (value: number, created: string, closed: string) =>
  deal({ status: 'won', stageId: 'won', value, createdAt: at(created), closedAt: at(closed) });
const lost = (closed: string) => deal({ status: 'lost', stageId: 'lost', value: 1_000, closedAt: at(closed) });

/** docs/metrics.md, "Win rate", "Average deal size" and "Sales cycle length". */
const example = () =>
  selectDeals(
    [
      won(8_000, '2026-01-01', '2026-01-31'),
      won(10_000, '2026-01-01', '2026-03-02'),
      won(12_000, '2025-12-01', '2026-03-31'),
      won(50_000, '2026-01-01', '2026-04-01'),
      lost('2026-02-10'),
      lost('2025-12-20'),
      deal({ stageId: 'proposal', value: 40_000 }),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('won deals worked example', () => {
  it('win rate is won ÷ (won + lost) among deals closed in the period', () => {
    expect(winRate(example(), Q1)).toEqual({ won: 3, lost: 1, rate: 0.75 });
  });

  it('average deal size is the mean value of deals won in the period', () => {
    expect(averageWonDealSize(example(), Q1)).toBe(10_000);
  });

  it('sales cycle length is the mean of 30, 60 and 120 days from creation to win', () => {
    expect(salesCycleLength(example(), Q1)).toBe(70);
  });

  it('a deal won at midnight on 1 April belongs to Q2', () => {
    expect(averageWonDealSize(example(), periodOf('2026-Q2'))).toBe(50_000);
  });

  it('reports unknown, not zero, for a period where nothing closed', () => {
    const q3 = periodOf('2026-Q3');
    expect(winRate(example(), q3)).toEqual({ won: 0, lost: 0, rate: null });
    expect(averageWonDealSize(example(), q3)).toBeNull();
    expect(salesCycleLength(example(), q3)).toBeNull();
  });
});
