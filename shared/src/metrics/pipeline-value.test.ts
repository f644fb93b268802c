import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import {
  averageOpenDealSize,
  funnel,
  openDealCount,
  pipelineValue,
  weightedPipelineValue,
} from './pipeline-value.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

/** docs/metrics.md, "Pipeline value": three open deals, plus deals that must not count. */
const example = () =>
  selectDeals(
    [
      deal({ title: 'Acme', stageId: 'qualification', value: 10_000 }),
      deal({ title: 'Globex', stageId: 'proposal', value: 20_000 }),
      deal({ title: 'Initech', stageId: 'demo', value: 5_000, probability: 0.9 }),
      deal({ title: 'Won', stageId: 'won', status: 'won', value: 50_000 }),
      deal({ title: 'Lost', stageId: 'lost', status: 'lost', value: 8_000 }),
      deal({ title: 'Deleted', stageId: 'proposal', value: 99_000, deletedAt: at('2026-02-01') }),
      deal({ title: 'Dollars', stageId: 'proposal', value: 7_000, currency: 'USD' }),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('pipeline value worked example', () => {
  it('counts only live open deals in the chosen currency', () => {
    const set = example();
    expect(openDealCount(set)).toBe(3);
    expect(pipelineValue(set)).toBe(35_000);
    expect(set.ignored).toMatchObject({ deleted: 1, otherCurrency: 1 });
  });

  it('weights each open deal by its own probability, else its stage’s', () => {
    // 10,000 × 0.2 + 20,000 × 0.6 + 5,000 × 0.9
    expect(weightedPipelineValue(example())).toBe(18_500);
  });

  it('averages open deals separately from won ones', () => {
    expect(averageOpenDealSize(example())).toBeCloseTo(11_666.67, 2);
    expect(averageOpenDealSize(selectDeals([], { pipeline, currency: 'EUR' }))).toBeNull();
  });

  it('shows the funnel per open stage in pipeline order', () => {
    expect(funnel(example()).map((s) => [s.stageId, s.count, s.value, s.weighted])).toEqual([
      ['lead', 0, 0, 0],
      ['contact', 0, 0, 0],
      ['qualification', 1, 10_000, 2_000],
      ['demo', 1, 5_000, 4_500],
      ['proposal', 1, 20_000, 12_000],
    ]);
  });
});
