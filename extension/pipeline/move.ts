import type { Deal, Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { planMove, stageOfKind, type MovePlan } from './plan-move.ts';
import { withCountedChange } from './summary-cache.ts';

export { planMove, stageOfKind, type MovePlan, type MoveRefusal } from './plan-move.ts';

/** Moves a deal (write + outbox in one transaction); returns the refusal instead when it may not move. */
export async function moveDeal(db: PipeclipDb, deal: Deal, pipeline: Pipeline, stageId: string, lostReason?: string, now = Date.now()): Promise<MovePlan> {
  const plan = planMove(deal, pipeline, stageId, now, lostReason);
  if (!plan.ok) return plan;
  const after = { ...deal, ...plan.changes };
  await withCountedChange(db, pipeline, deal, async () => {
    await putRecord(db, 'deals', after, plan.changes);
    return after;
  });
  return plan;
}

/** Marks a deal lost with a reason: moves it into the pipeline's lost stage. */
export async function markLost(db: PipeclipDb, deal: Deal, pipeline: Pipeline, reason: string, now = Date.now()): Promise<MovePlan> {
  const lost = stageOfKind(pipeline, 'lost');
  if (!lost) return { ok: false, reason: 'unknownStage' };
  return moveDeal(db, deal, pipeline, lost.id, reason, now);
}

/** Changes some fields of a deal (through the outbox), bumping `updatedAt`. */
export async function updateDeal(db: PipeclipDb, deal: Deal, changes: Partial<Deal>, now = Date.now()): Promise<Deal> {
  const fields = { ...changes, updatedAt: now };
  const next = { ...deal, ...fields };
  await putRecord(db, 'deals', next, fields);
  return next;
}
