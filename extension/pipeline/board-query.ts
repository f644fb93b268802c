import Dexie from 'dexie';
import type { Deal, Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';

export interface BoardColumnData {
  stageId: string;
  /** All deals in the stage (an index count: no deal is read). */
  count: number;
  /** The most recently changed deals of the stage, at most the column's limit. */
  deals: Deal[];
}

/**
 * The board's first screen from bounded queries: per stage a count from the [pipelineId+stageId] index and
 * the newest `limits[stage]` deals from [pipelineId+stageId+updatedAt]. Cost does not grow with the database.
 */
export async function boardColumns(db: PipeclipDb, pipeline: Pipeline, limits: Record<string, number>, page: number): Promise<BoardColumnData[]> {
  return Promise.all(
    pipeline.stages.map(async (s) => {
      const [count, deals] = await Promise.all([
        db.deals.where('[pipelineId+stageId]').equals([pipeline.id, s.id]).count(),
        db.deals
          .where('[pipelineId+stageId+updatedAt]')
          .between([pipeline.id, s.id, Dexie.minKey], [pipeline.id, s.id, Dexie.maxKey])
          .reverse()
          .limit(limits[s.id] ?? page)
          .toArray(),
      ]);
      return { stageId: s.id, count, deals: deals.filter((d) => !d.deletedAt) };
    }),
  );
}
