import type { DealSet } from './deal-facts.ts';
import { inPeriod, type Period } from './period.ts';
import { ratio } from './stats.ts';
import { stintsOf } from './stage-time.ts';

/** How many deals that entered a stage went on to a later one. */
export interface StageConversion {
  stageId: string;
  /** Deals that entered the stage (counted once however often they came back). */
  entered: number;
  /** …and later reached any further stage or were won. */
  advanced: number;
  /** …and are still open without having moved on: their fate is unknown, so they are not in the rate. */
  pending: number;
  /** advanced ÷ (entered − pending); null when no deal has resolved the stage yet. */
  rate: number | null;
}

/**
 * Stage-to-stage conversion over the open stages in pipeline order. Skipping a stage counts as reaching the
 * next one; moving back does not. With `period`, only deals that first entered the stage in it count.
 */
export function stageConversion(set: DealSet, now: number, period?: Period): StageConversion[] {
  const open = set.pipeline.stages.filter((s) => s.kind === 'open');
  const rank = new Map<string, number>(open.map((s, i) => [s.id, i]));
  for (const s of set.pipeline.stages) if (s.kind === 'won') rank.set(s.id, Number.POSITIVE_INFINITY);
  const tallies = open.map((s) => ({ stageId: s.id, entered: 0, advanced: 0, pending: 0 }));
  for (const facts of set.facts) {
    const stints = stintsOf(facts, now);
    tallies.forEach((t, i) => {
      const first = stints.findIndex((s) => s.stageId === t.stageId);
      if (first < 0 || (period && !inPeriod(stints[first]!.enteredAt, period))) return;
      t.entered++;
      const later = stints.slice(first + 1).some((s) => (rank.get(s.stageId) ?? -1) > i);
      if (later || facts.outcome === 'won') t.advanced++;
      else if (facts.outcome === 'open') t.pending++;
    });
  }
  return tallies.map((t) => ({ ...t, rate: ratio(t.advanced, t.entered - t.pending) }));
}
