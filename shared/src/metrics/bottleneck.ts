import type { DealSet } from './deal-facts.ts';
import { stageConversion } from './stage-conversion.ts';
import { timeInStage } from './stage-time.ts';

/** The stages holding the pipeline back, each judged on enough deals to mean something. */
export interface Bottleneck {
  lowestConversion: { stageId: string; rate: number } | null;
  longestTime: { stageId: string; medianDays: number } | null;
}

/**
 * The stage with the lowest conversion and the stage with the longest median stay. Stages with fewer than
 * `minDeals` resolved deals (or stays) are not judged; ties go to the earlier stage.
 */
export function bottleneckStage(set: DealSet, now: number, minDeals = 5): Bottleneck {
  let lowestConversion: Bottleneck['lowestConversion'] = null;
  for (const c of stageConversion(set, now)) {
    if (c.rate === null || c.entered - c.pending < minDeals) continue;
    if (!lowestConversion || c.rate < lowestConversion.rate) lowestConversion = { stageId: c.stageId, rate: c.rate };
  }
  let longestTime: Bottleneck['longestTime'] = null;
  for (const t of timeInStage(set, now)) {
    if (t.medianDays === null || t.stints < minDeals) continue;
    if (!longestTime || t.medianDays > longestTime.medianDays) longestTime = { stageId: t.stageId, medianDays: t.medianDays };
  }
  return { lowestConversion, longestTime };
}
