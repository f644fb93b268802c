import { describe, expect, it } from 'vitest';
import type { StageEntry } from '../model/deal.ts';
import { selectDeals } from './deal-facts.ts';
import { stageConversion } from './stage-conversion.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

const now = at('2026-03-01');
const path = (...stages: string[]): StageEntry[] =>
  stages.map((stageId, i) => ({ stageId, enteredAt: at('2026-01-01') + i * 86_400_000 }));
const open = (...stages: string[]) => deal({ stageId: stages.at(-1)!, stageHistory: path(...stages) });
const closed = (status: 'won' | 'lost', ...stages: string[]) =>
  deal({ status, stageId: status, closedAt: at('2026-02-01'), stageHistory: path(...stages, status) });

/** docs/metrics.md, "Stage-to-stage conversion": ten deals enter qualification. */
const example = () =>
  selectDeals(
    [
      open('qualification', 'demo'),
      open('qualification', 'demo'),
      open('qualification', 'proposal'),
      closed('won', 'qualification', 'demo', 'proposal'),
      closed('lost', 'qualification'),
      closed('lost', 'qualification'),
      closed('lost', 'qualification'),
      open('qualification'),
      open('qualification'),
      open('qualification'),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('stage conversion worked example', () => {
  it('is the share of deals that moved on among those that left the stage', () => {
    const qualification = stageConversion(example(), now).find((c) => c.stageId === 'qualification');
    expect(qualification).toEqual({ stageId: 'qualification', entered: 10, advanced: 4, pending: 3, rate: 4 / 7 });
  });

  it('counts a skipped stage as reached and a won deal as through every stage', () => {
    const byStage = Object.fromEntries(stageConversion(example(), now).map((c) => [c.stageId, c]));
    expect(byStage.demo).toMatchObject({ entered: 3, advanced: 1, pending: 2, rate: 1 });
    expect(byStage.proposal).toMatchObject({ entered: 2, advanced: 1, pending: 1, rate: 1 });
    expect(byStage.lead).toMatchObject({ entered: 0, rate: null });
  });

  it('does not count moving back as converting', () => {
    const set = selectDeals([closed('lost', 'demo', 'qualification')], { pipeline, currency: 'EUR' });
    const byStage = Object.fromEntries(stageConversion(set, now).map((c) => [c.stageId, c]));
    expect(byStage.demo).toMatchObject({ entered: 1, advanced: 0, rate: 0 });
  });

  it('limits to deals that entered the stage in the period', () => {
    const [qualification] = stageConversion(example(), now, { from: at('2026-02-01'), to: now }).filter((c) => c.stageId === 'qualification');
    expect(qualification?.entered).toBe(0);
  });
});
