import type { DealSet } from './deal-facts.ts';
import { daysBetween } from './period.ts';
import { stintsOf, timeInStage } from './stage-time.ts';

/** When a deal counts as stuck. */
export interface StuckOptions {
  /** Stuck when its days in the stage exceed `factor` × the stage's median. Default 2. */
  factor?: number;
  /** …and are at least this many days, so a fast stage does not flag a deal after an afternoon. Default 7. */
  minDays?: number;
}

/** An open deal sitting in its stage much longer than usual. */
export interface StuckDeal {
  dealId: string;
  stageId: string;
  days: number;
  medianDays: number;
}

/** Open deals whose time in their current stage is well above that stage's median, longest-overdue first. */
export function stuckDeals(set: DealSet, now: number, options: StuckOptions = {}): StuckDeal[] {
  const factor = options.factor ?? 2;
  const minDays = options.minDays ?? 7;
  const medians = new Map(timeInStage(set, now).map((t) => [t.stageId, t.medianDays]));
  const stuck: StuckDeal[] = [];
  for (const facts of set.facts) {
    const last = stintsOf(facts, now).at(-1);
    if (!last?.ongoing) continue;
    const medianDays = medians.get(last.stageId);
    if (medianDays === undefined || medianDays === null) continue;
    const days = daysBetween(last.enteredAt, now);
    if (days >= minDays && days > factor * medianDays) {
      stuck.push({ dealId: facts.deal.id, stageId: last.stageId, days, medianDays });
    }
  }
  return stuck.sort((a, b) => b.days / (b.medianDays || 1) - a.days / (a.medianDays || 1));
}
