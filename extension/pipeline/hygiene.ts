import type { Person, Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { markLost } from './move.ts';

/**
 * Prunes a dead lead in one click: its open deals are closed as lost with the reason, and the lead is
 * tagged `lost` so it leaves the suggestions (nothing is deleted).
 */
export async function closeLeadAsLost(db: PipeclipDb, person: Person, pipeline: Pipeline, reason: string, now = Date.now()): Promise<number> {
  const deals = (await db.deals.where('personId').equals(person.id).toArray()).filter((d) => d.status === 'open' && !d.deletedAt);
  const pipelines = new Map((await db.pipelines.toArray()).map((p) => [p.id, p]));
  let closed = 0;
  for (const deal of deals) {
    const plan = await markLost(db, deal, pipelines.get(deal.pipelineId) ?? pipeline, reason, now);
    if (plan.ok) closed++;
  }
  if (!person.tags.includes('lost')) {
    const fields = { tags: [...person.tags, 'lost'], updatedAt: now };
    await putRecord(db, 'people', { ...person, ...fields }, fields);
  }
  return closed;
}
