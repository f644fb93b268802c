import type { Activity, Person } from '@pipeclip/shared';
import { leadScore, type LeadScore } from '@pipeclip/shared/scoring';
import type { PipeclipDb } from '../db/database.ts';

/** Lead scores of a bounded set of people, from their activities (one indexed query for all of them). */
export async function scoresFor(db: PipeclipDb, people: readonly Person[], now = Date.now()): Promise<Map<string, LeadScore>> {
  const ids = people.map((p) => p.id);
  const activities = ids.length ? await db.activities.where('personId').anyOf(ids).toArray() : [];
  const byPerson = new Map<string, Activity[]>();
  for (const a of activities) byPerson.set(a.personId!, [...(byPerson.get(a.personId!) ?? []), a]);
  return new Map(people.map((p) => [p.id, leadScore(p, byPerson.get(p.id) ?? [], now)]));
}
