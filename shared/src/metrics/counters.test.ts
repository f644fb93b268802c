import { describe, expect, it } from 'vitest';
import { contributionDelta, dealContribution, sumCounters, type CounterRow } from './counters.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

const OWNER = '00000000-0000-4000-8000-0000000000aa';

describe('dealContribution', () => {
  it('is one row keyed by owner, stage, status and expected close month', () => {
    const d = deal({ ownerId: OWNER, stageId: 'proposal', value: 10_000, expectedCloseAt: at('2026-04-05') });
    expect(dealContribution(d, pipeline)).toEqual([
      {
        pipelineId: pipeline.id,
        currency: 'EUR',
        ownerId: OWNER,
        stageId: 'proposal',
        status: 'open',
        closeMonth: '2026-04',
        count: 1,
        value: 10_000,
        weighted: 6_000,
        commit: 0,
        cycleDays: 0,
      },
    ]);
  });

  it('keys a closed deal by the month it closed and carries its cycle', () => {
    const d = deal({ status: 'won', stageId: 'won', value: 5_000, closedAt: at('2026-01-31'), expectedCloseAt: at('2026-06-01') });
    expect(dealContribution(d, pipeline)[0]).toMatchObject({ status: 'won', closeMonth: '2026-01', cycleDays: 30, ownerId: null });
  });

  it('contributes nothing once deleted', () => {
    expect(dealContribution(deal({ value: 5, deletedAt: at('2026-01-02') }), pipeline)).toEqual([]);
  });

  it('refuses a pipeline that is not the deal’s', () => {
    expect(() => dealContribution(deal({ pipelineId: '00000000-0000-4000-8000-bbbbbbbbbbbb' }), pipeline)).toThrow(RangeError);
  });
});

describe('contributionDelta', () => {
  const before = deal({ stageId: 'demo', value: 10_000, expectedCloseAt: at('2026-04-05') });
  const rows = (d: typeof before) => ({ deal: d, pipeline });

  it('moves a deal from one stage counter to the next', () => {
    const after = { ...before, stageId: 'proposal' };
    const delta = contributionDelta(rows(before), rows(after));
    expect(delta.map((r) => [r.stageId, r.count, r.value, r.weighted])).toEqual([
      ['demo', -1, -10_000, -4_000],
      ['proposal', 1, 10_000, 6_000],
    ]);
  });

  it('changes only the measures when the key stays the same', () => {
    const delta = contributionDelta(rows(before), rows({ ...before, value: 12_000 }));
    expect(delta.map((r) => [r.count, r.value, r.weighted])).toEqual([[0, 2_000, 800]]);
  });

  it('is empty for an edit that touches no counted field', () => {
    expect(contributionDelta(rows(before), rows({ ...before, title: 'Renamed' }))).toEqual([]);
  });

  it('creates and erases', () => {
    expect(contributionDelta(undefined, rows(before))).toEqual(dealContribution(before, pipeline));
    expect(contributionDelta(rows(before), undefined)[0]).toMatchObject({ count: -1, value: -10_000 });
    expect(contributionDelta(rows(before), rows({ ...before, deletedAt: at('2026-02-01') }))[0]).toMatchObject({ count: -1 });
  });
});

describe('sumCounters', () => {
  it('adds equal keys and drops rows that cancel out', () => {
    const [row] = dealContribution(deal({ value: 100.1 }), pipeline) as [CounterRow];
    const again = { ...row, value: 200.2 };
    expect(sumCounters([row, again])).toEqual([{ ...row, count: 2, value: 300.3, weighted: 10.02 }]);
    expect(sumCounters([row, { ...row, count: -1, value: -100.1, weighted: -row.weighted }])).toEqual([]);
  });
});
