import type { Deal, Person, Pipeline } from '@pipeclip/shared';
import { selectDeals, stuckDeals } from '@pipeclip/shared/metrics';
import { deadLeadSuggestions, type DeadLeadOptions } from '@pipeclip/shared/scoring';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { markLost } from './move.ts';
import { dealsOf } from './summary-cache.ts';

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

/** The Today view's hygiene list: dead-lead suggestions and deals stuck in their stage far longer than usual. */
export async function hygieneOf(db: PipeclipDb, pipeline: Pipeline, now: number, options: DeadLeadOptions = {}) {
  const [people, activities, deals] = await Promise.all([db.people.orderBy('updatedAt').limit(5000).toArray(), db.activities.limit(50_000).toArray(), dealsOf(db, pipeline)]);
  const alive = people.filter((p) => !p.tags.includes('lost'));
  const byId = new Map<string, Person>(alive.map((p) => [p.id, p]));
  const dead = deadLeadSuggestions(alive, activities, now, options)
    .slice(0, 20)
    .map((s) => ({ person: byId.get(s.personId)!, reasons: s.reasons }));
  // Time in a stage has nothing to do with money: every deal counts, whatever its currency (the metric sets
  // select by currency, so all are read as one).
  const currency = 'EUR';
  const dealById = new Map<string, Deal>(deals.map((d) => [d.id, d]));
  const stuck = stuckDeals(selectDeals(deals.map((d) => (d.currency === currency ? d : { ...d, currency })), { pipeline, currency }), now)
    .slice(0, 20)
    .map((s) => ({ ...s, deal: dealById.get(s.dealId)! }));
  return { dead, stuck };
}
