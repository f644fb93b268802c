import { DAY_MS } from '../metrics/period.ts';
import type { Activity } from '../model/activity.ts';
import type { Person } from '../model/person.ts';
import { activityTime, currentActivities, liveActivities } from './activities.ts';

/** When to suggest giving up on a lead. */
export interface DeadLeadOptions {
  /** Calls and emails sent since the lead last answered. Default 3. */
  maxUnansweredFollowUps?: number;
  /** Days without any activity. Default 30. */
  maxIdleDays?: number;
}

/** Why a lead looks dead, as a key and numbers for the UI to word. */
export type DeadLeadReason = { key: 'noAnswer'; followUps: number } | { key: 'inactive'; days: number };

/** A lead the rep may want to prune rather than chase. */
export interface DeadLeadSuggestion {
  personId: string;
  reasons: DeadLeadReason[];
}

/**
 * Why a lead looks dead, or [] if it does not. An answer is an activity with direction `in` or a meeting;
 * a follow-up is a call or email not marked `in`. A lead with an open task due from now on is not idle:
 * the rep has planned the next step.
 */
export function deadLeadReasons(
  person: Person,
  activities: readonly Activity[],
  now: number,
  options: DeadLeadOptions = {},
): DeadLeadReason[] {
  const maxFollowUps = options.maxUnansweredFollowUps ?? 3;
  const maxIdleDays = options.maxIdleDays ?? 30;
  const past = currentActivities(activities).filter((a) => activityTime(a) <= now);
  const reasons: DeadLeadReason[] = [];

  const lastAnswer = past.findLastIndex((a) => a.direction === 'in' || a.kind === 'meeting');
  const followUps = past
    .slice(lastAnswer + 1)
    .filter((a) => (a.kind === 'call' || a.kind === 'email') && a.direction !== 'in').length;
  if (followUps >= maxFollowUps) reasons.push({ key: 'noAnswer', followUps });

  const planned = liveActivities(activities).some((a) => a.kind === 'task' && a.doneAt === undefined && (a.dueAt ?? 0) >= now);
  const since = past.length ? activityTime(past.at(-1)!) : person.source.capturedAt;
  const days = Math.floor((now - since) / DAY_MS);
  if (!planned && days >= maxIdleDays) reasons.push({ key: 'inactive', days });
  return reasons;
}

/**
 * Dead-lead suggestions over many people, with activities matched by `personId` (pass activities logged on
 * a person's deals with that `personId` set). Deleted people are skipped.
 */
export function deadLeadSuggestions(
  people: readonly Person[],
  activities: readonly Activity[],
  now: number,
  options: DeadLeadOptions = {},
): DeadLeadSuggestion[] {
  const byPerson = new Map<string, Activity[]>();
  for (const a of activities) {
    if (!a.personId) continue;
    const list = byPerson.get(a.personId) ?? [];
    list.push(a);
    byPerson.set(a.personId, list);
  }
  return people
    .filter((p) => p.deletedAt === undefined)
    .map((p) => ({ personId: p.id, reasons: deadLeadReasons(p, byPerson.get(p.id) ?? [], now, options) }))
    .filter((s) => s.reasons.length > 0);
}
