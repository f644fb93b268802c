import type { DealFacts, DealSet } from './deal-facts.ts';
import { daysBetween } from './period.ts';
import { mean, median } from './stats.ts';

/** One uninterrupted stay of a deal in a stage. */
export interface Stint {
  stageId: string;
  enteredAt: number;
  leftAt: number;
  /** The deal is still open and still in this stage: `leftAt` is `now`. */
  ongoing: boolean;
}

/** Time deals spend in one open stage. */
export interface StageTime {
  stageId: string;
  /** Stays counted, including those still going on. */
  stints: number;
  meanDays: number | null;
  medianDays: number | null;
  /** Open deals in the stage now. */
  current: number;
}

/**
 * A deal's stays per stage from its stage history (an empty history means it has sat in its stage since
 * creation). The last stay ends at the close of a closed deal, or is still going on at `now`.
 */
export function stintsOf(facts: DealFacts, now: number): Stint[] {
  const { deal } = facts;
  const history = deal.stageHistory.length
    ? [...deal.stageHistory].sort((a, b) => a.enteredAt - b.enteredAt)
    : [{ stageId: deal.stageId, enteredAt: deal.createdAt }];
  return history.map((entry, i) => {
    const next = history[i + 1];
    const ongoing = !next && facts.outcome === 'open';
    const end = next ? next.enteredAt : ongoing ? now : (facts.closedAt ?? now);
    return { stageId: entry.stageId, enteredAt: entry.enteredAt, leftAt: Math.max(end, entry.enteredAt), ongoing };
  });
}

/**
 * Days in each open stage of the pipeline, over every stay. A stay still going on counts with its age so
 * far, so a stage where deals pile up shows as slow rather than disappearing from the statistics.
 */
export function timeInStage(set: DealSet, now: number): StageTime[] {
  const days = new Map<string, number[]>();
  const current = new Map<string, number>();
  for (const facts of set.facts) {
    for (const s of stintsOf(facts, now)) {
      const list = days.get(s.stageId) ?? [];
      list.push(daysBetween(s.enteredAt, s.leftAt));
      days.set(s.stageId, list);
      if (s.ongoing) current.set(s.stageId, (current.get(s.stageId) ?? 0) + 1);
    }
  }
  return set.pipeline.stages
    .filter((stage) => stage.kind === 'open')
    .map((stage) => {
      const list = days.get(stage.id) ?? [];
      return {
        stageId: stage.id,
        stints: list.length,
        meanDays: mean(list),
        medianDays: median(list),
        current: current.get(stage.id) ?? 0,
      };
    });
}
