import type { Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { pipelineProblems, removalTargets, withoutStage, type PipelineProblem } from './stages.ts';
import { dealsInStage } from './stage-index.ts';

export type SaveResult = { ok: true } | { ok: false; problems: PipelineProblem[] } | { ok: false; problems: []; needsTarget: string };

/**
 * Saves an edited pipeline. Deals of stages that the edit removed are moved first, in the same transaction,
 * to the stage `targets[removedId]` names (never lost): without a valid target nothing is saved.
 */
export async function savePipeline(db: PipeclipDb, before: Pipeline | undefined, after: Pipeline, targets: Record<string, string> = {}, now = Date.now()): Promise<SaveResult> {
  const problems = pipelineProblems(after);
  if (problems.length) return { ok: false, problems };
  const removed = (before?.stages ?? []).filter((s) => !after.stages.some((a) => a.id === s.id));
  return db.transaction('rw', [db.deals, db.pipelines, db.outbox, db.meta], async (): Promise<SaveResult> => {
    for (const stage of removed) {
      const deals = await dealsInStage(db, after.id, stage.id).toArray();
      if (!deals.length) continue;
      const target = after.stages.find((s) => s.id === targets[stage.id]);
      if (!target || target.kind !== stage.kind) return { ok: false, problems: [], needsTarget: stage.id };
      for (const deal of deals) {
        const fields = { stageId: target.id, stageHistory: [...deal.stageHistory, { stageId: target.id, enteredAt: now }].slice(-500), updatedAt: now };
        await putRecord(db, 'deals', { ...deal, ...fields }, fields);
      }
    }
    const record = { ...after, updatedAt: now };
    await putRecord(db, 'pipelines', record, before ? { name: record.name, stages: record.stages, updatedAt: now } : record);
    return { ok: true };
  });
}

/** How many deals sit in each stage of a pipeline (from the index: no deal is read). */
export async function stageCounts(db: PipeclipDb, pipeline: Pipeline): Promise<Record<string, number>> {
  const counts = await Promise.all(pipeline.stages.map((s) => dealsInStage(db, pipeline.id, s.id).count()));
  return Object.fromEntries(pipeline.stages.map((s, i) => [s.id, counts[i]!]));
}

export { removalTargets, withoutStage };
