import Dexie from 'dexie';
import type { PipeclipDb } from '../db/database.ts';

/**
 * The one index deals are found by pipeline and stage with, newest last. Its prefixes serve "every deal of a
 * pipeline" and "every deal of a stage" as well, so no shorter index is kept beside it (each index costs a write
 * per deal stored: an import of 10,000 deals, a pull).
 */
export const STAGE_INDEX = '[pipelineId+stageId+updatedAt]';

/** The deals of one stage of a pipeline. */
export const dealsInStage = (db: PipeclipDb, pipelineId: string, stageId: string) =>
  db.deals.where(STAGE_INDEX).between([pipelineId, stageId, Dexie.minKey], [pipelineId, stageId, Dexie.maxKey], true, true);

/** Every deal of a pipeline, whatever its stage. */
export const dealsInPipeline = (db: PipeclipDb, pipelineId: string) =>
  db.deals.where(STAGE_INDEX).between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey], true, true);
