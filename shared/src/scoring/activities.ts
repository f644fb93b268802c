import type { Activity } from '../model/activity.ts';

/** When an activity happened: a task when it was done, anything else when it was logged. */
export function activityTime(a: Activity): number {
  return a.doneAt ?? a.createdAt;
}

/** Activities as they stand: not deleted and not replaced by a later revision. */
export function liveActivities(activities: readonly Activity[]): Activity[] {
  const live = activities.filter((a) => a.deletedAt === undefined);
  const revised = new Set(live.flatMap((a) => (a.revises ? [a.revises] : [])));
  return live.filter((a) => !revised.has(a.id));
}

/** The live activities that were contact with the lead, oldest first: a task still to do is a plan, not contact. */
export function currentActivities(activities: readonly Activity[]): Activity[] {
  return liveActivities(activities)
    .filter((a) => !(a.kind === 'task' && a.doneAt === undefined))
    .sort((a, b) => activityTime(a) - activityTime(b));
}
