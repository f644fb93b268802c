import type { Activity } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';

/** Open tasks among `activities`: live (not deleted, not replaced by a revision) and not done. */
export function liveTasks(activities: readonly Activity[]): Activity[] {
  const revised = new Set(activities.flatMap((a) => (a.revises && !a.deletedAt ? [a.revises] : [])));
  return activities.filter((a) => a.kind === 'task' && !a.deletedAt && a.doneAt === undefined && !revised.has(a.id));
}

/** End of the local day of `now`: the Today view and the badge count what is due by then. */
export function endOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

/**
 * Open tasks due by `until`, earliest first, read through the [kind+dueAt] index. A task replaced by a
 * revision (done, snoozed, edited) is left out by looking its id up in the `revises` index.
 */
export async function dueTasks(db: PipeclipDb, until: number): Promise<Activity[]> {
  const candidates = await db.activities.where('[kind+dueAt]').between(['task', 0], ['task', until], true, true).toArray();
  const open = candidates.filter((a) => !a.deletedAt && a.doneAt === undefined);
  if (!open.length) return [];
  const revisers = await db.activities.where('revises').anyOf(open.map((a) => a.id)).toArray();
  const revised = new Set(revisers.filter((a) => !a.deletedAt).map((a) => a.revises));
  return open.filter((a) => !revised.has(a.id));
}

/** Open tasks due later than `after`, for the upcoming list and the next alarm. */
export async function upcomingTasks(db: PipeclipDb, after: number, limit = 50): Promise<Activity[]> {
  const candidates = await db.activities.where('[kind+dueAt]').between(['task', after], ['task', Infinity], false, true).limit(limit * 2).toArray();
  const revisers = candidates.length ? await db.activities.where('revises').anyOf(candidates.map((a) => a.id)).toArray() : [];
  const revised = new Set(revisers.filter((a) => !a.deletedAt).map((a) => a.revises));
  return candidates.filter((a) => !a.deletedAt && a.doneAt === undefined && !revised.has(a.id)).slice(0, limit);
}
