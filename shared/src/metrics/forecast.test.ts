import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import { forecast, nextPeriods } from './forecast.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

const now = at('2026-03-10');

/** docs/metrics.md, "Forecast". */
const example = () =>
  selectDeals(
    [
      deal({ title: 'A', stageId: 'proposal', value: 10_000, expectedCloseAt: at('2026-03-20') }),
      deal({ title: 'B', stageId: 'proposal', value: 20_000, probability: 0.8, expectedCloseAt: at('2026-04-05') }),
      deal({ title: 'C', stageId: 'qualification', value: 5_000, expectedCloseAt: at('2026-05-10') }),
      deal({ title: 'D', stageId: 'demo', value: 4_000, expectedCloseAt: at('2026-02-01') }),
      deal({ title: 'E', stageId: 'demo', value: 3_000 }),
      deal({ title: 'F', status: 'won', value: 7_000, closedAt: at('2026-03-02') }),
      deal({ title: 'G', status: 'lost', value: 9_000, closedAt: at('2026-03-03'), expectedCloseAt: at('2026-03-30') }),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('forecast worked example', () => {
  it('per month: weighted, commit (≥ 70 %), best case and already won', () => {
    const { periods } = forecast(example(), ['2026-03', '2026-04', '2026-05'], now);
    expect(periods).toEqual([
      { period: '2026-03', deals: 1, weighted: 6_000, commit: 0, bestCase: 10_000, won: 7_000 },
      { period: '2026-04', deals: 1, weighted: 16_000, commit: 20_000, bestCase: 20_000, won: 0 },
      { period: '2026-05', deals: 1, weighted: 1_000, commit: 0, bestCase: 5_000, won: 0 },
    ]);
  });

  it('per quarter: the months added up', () => {
    const { periods } = forecast(example(), ['2026-Q1', '2026-Q2'], now);
    expect(periods.map((p) => [p.period, p.weighted, p.commit, p.bestCase, p.won])).toEqual([
      ['2026-Q1', 6_000, 0, 10_000, 7_000],
      ['2026-Q2', 17_000, 20_000, 25_000, 0],
    ]);
  });

  it('keeps overdue and undated open deals out of every period, reported apart', () => {
    const f = forecast(example(), ['2026-Q1'], now);
    expect(f.overdue).toMatchObject({ deals: 1, weighted: 1_600, bestCase: 4_000 });
    expect(f.unscheduled).toMatchObject({ deals: 1, weighted: 1_200, bestCase: 3_000 });
  });

  it('lists the next periods starting with the current one', () => {
    expect(nextPeriods(at('2026-11-15'), 'month', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(nextPeriods(at('2026-11-15'), 'quarter', 2)).toEqual(['2026-Q4', '2027-Q1']);
  });
});
