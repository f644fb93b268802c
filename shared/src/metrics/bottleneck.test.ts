import { describe, expect, it } from 'vitest';
import type { StageEntry } from '../model/deal.ts';
import { bottleneckStage } from './bottleneck.ts';
import { selectDeals } from './deal-facts.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

const now = at('2026-03-01');
const day = 86_400_000;
/** A deal that passed through `stages`, spending `days` in each, then sits in or closed in the last one. */
const through = (days: number, stages: string[], status: 'open' | 'won' | 'lost' = 'open') =>
  deal({
    status,
    stageId: stages.at(-1)!,
    closedAt: status === 'open' ? undefined : at('2026-01-01') + stages.length * days * day,
    stageHistory: stages.map((stageId, i): StageEntry => ({ stageId, enteredAt: at('2026-01-01') + i * days * day })),
  });

/** docs/metrics.md, "Bottleneck stage". */
const example = () =>
  selectDeals(
    [
      // Qualification converts 4 of 7 resolved deals (three more still sit there, for 59 days now).
      ...Array.from({ length: 4 }, () => through(1, ['qualification', 'demo', 'proposal', 'won'], 'won')),
      ...Array.from({ length: 3 }, () => through(1, ['qualification', 'lost'], 'lost')),
      ...Array.from({ length: 3 }, () => through(1, ['qualification'])),
      // Demo: five deals spent 20 days there before moving on.
      ...Array.from({ length: 5 }, () => through(20, ['demo', 'proposal', 'won'], 'won')),
    ],
    { pipeline, currency: 'EUR' },
  );

describe('bottleneck stage worked example', () => {
  it('names the stage with the lowest conversion and the one deals sit in longest', () => {
    expect(bottleneckStage(example(), now, 3)).toEqual({
      lowestConversion: { stageId: 'qualification', rate: 4 / 7 },
      longestTime: { stageId: 'demo', medianDays: 20 },
    });
  });

  it.each([
    // Qualification has only 7 resolved deals: demo (9, all converted) is the lowest left to judge.
    [8, 'demo', 'demo'],
    [11, null, null],
  ])('with at least %i deals per stage judges conversion of %s and time of %s', (minDeals, conversion, time) => {
    const b = bottleneckStage(example(), now, minDeals);
    expect(b.lowestConversion?.stageId ?? null).toBe(conversion);
    expect(b.longestTime?.stageId ?? null).toBe(time);
  });
});
