import type { Deal, Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { dealsInStage } from './stage-index.ts';

export interface BoardColumnData {
  stageId: string;
  /** The most recently changed deals of the stage, at most the column's limit. */
  deals: Deal[];
  /** Whether the stage may hold more deals than were read. */
  more: boolean;
}

/** The fields of a deal its board card shows. */
export const CARD_FIELDS = ['id', 'title', 'value', 'currency', 'expectedCloseAt', 'nextFollowUpAt', 'status', 'lostReason', 'stageId', 'ownerId'] as const;

/**
 * The board's first screen from bounded queries: per stage the newest `limits[stage]` deals from the
 * [pipelineId+stageId+updatedAt] index. Cost does not grow with the database. Stage counts are not read
 * here: an IndexedDB count walks the index (seconds at 100,000 deals), so they come from the cached counters.
 */
export async function boardColumns(db: PipeclipDb, pipeline: Pipeline, limits: Record<string, number>, page: number): Promise<BoardColumnData[]> {
  return Promise.all(
    pipeline.stages.map(async (s) => {
      const limit = limits[s.id] ?? page;
      const deals = await dealsInStage(db, pipeline.id, s.id).reverse().limit(limit).toArray();
      return { stageId: s.id, deals: deals.filter((d) => !d.deletedAt), more: deals.length >= limit };
    }),
  );
}
