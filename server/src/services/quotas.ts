import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { members, quotas } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { invalidateTeamSummary } from './summary.ts';

/** Sets a rep's quota for a period; the rep must belong to the team. */
export async function setQuota(db: Database, teamId: string, q: { memberId: string; period: string; amount: number; currency: string }) {
  const [member] = await db.select({ id: members.id }).from(members).where(and(eq(members.id, q.memberId), eq(members.teamId, teamId)));
  if (!member) throw new ApiError(404, 'No such member in your team', 'not_found');
  await db.insert(quotas).values({ teamId, ...q }).onConflictDoUpdate({ target: [quotas.teamId, quotas.memberId, quotas.period], set: { amount: q.amount, currency: q.currency } });
  invalidateTeamSummary(teamId);
}
