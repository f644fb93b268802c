import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import { quotaGap, quotaGapOf } from './quota-gap.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

describe('quota gap', () => {
  it('DOMAIN.md example: 100,000 of pipeline converting at 10 % forecasts 10,000; a 20,000 target needs twice the leads', () => {
    const gap = quotaGap({ target: 20_000, won: 0, pipelineValue: 100_000, openDeals: 10, conversionRate: 0.1 });
    expect(gap).toEqual({
      attainment: 0,
      remaining: 20_000,
      forecast: 10_000,
      gap: 10_000,
      requiredPipeline: 200_000,
      pipelineMultiple: 2,
      leadsNeeded: 10,
    });
  });

  it.each([
    ['quota already met', { target: 20_000, won: 25_000 }, { attainment: 1.25, remaining: 0, gap: 0, requiredPipeline: 0, leadsNeeded: 0 }],
    ['won counts toward the target', { target: 20_000, won: 15_000 }, { remaining: 5_000, gap: 0, requiredPipeline: 50_000, pipelineMultiple: 0.5, leadsNeeded: 0 }],
    ['no conversion history', { target: 20_000, won: 0, conversionRate: null }, { forecast: null, gap: null, requiredPipeline: null, leadsNeeded: null }],
    ['nothing ever converts', { target: 20_000, won: 0, conversionRate: 0 }, { forecast: 0, gap: 20_000, requiredPipeline: null, leadsNeeded: null }],
    ['empty pipeline', { target: 20_000, won: 0, pipelineValue: 0, openDeals: 0 }, { gap: 20_000, pipelineMultiple: null, leadsNeeded: null }],
    ['zero target', { target: 0, won: 0 }, { attainment: null, remaining: 0, leadsNeeded: 0 }],
  ])('%s', (_, input, expected) => {
    const base = { pipelineValue: 100_000, openDeals: 10, conversionRate: 0.1 };
    expect(quotaGap({ ...base, ...input } as Parameters<typeof quotaGap>[0])).toMatchObject(expected);
  });

  it('reads won value, pipeline and conversion from the deals', () => {
    const open = (value: number, close: string) => deal({ stageId: 'demo', value, expectedCloseAt: at(close) });
    const set = selectDeals(
      [
        deal({ status: 'won', value: 5_000, closedAt: at('2026-10-15') }),
        deal({ status: 'won', value: 1_000, closedAt: at('2026-05-01') }),
        ...Array.from({ length: 4 }, () => deal({ status: 'lost', closedAt: at('2026-06-01') })),
        open(30_000, '2026-11-01'),
        open(10_000, '2026-12-20'),
        open(99_000, '2027-01-10'),
      ],
      { pipeline, currency: 'EUR' },
    );
    const quota = { memberId: '00000000-0000-4000-8000-0000000000aa', period: '2026-Q4', amount: 25_000, currency: 'EUR' };
    const lookback = { from: at('2026-01-01'), to: at('2026-10-01') };
    // won 5,000; pipeline 40,000 over 2 deals; win rate 1 of 5 = 20 % → forecast 8,000, gap 12,000.
    expect(quotaGapOf(set, quota, lookback)).toMatchObject({ remaining: 20_000, forecast: 8_000, gap: 12_000, leadsNeeded: 3 });
    expect(() => quotaGapOf(set, { ...quota, currency: 'USD' }, lookback)).toThrow(RangeError);
  });
});
