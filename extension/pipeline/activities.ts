import { ActivitySchema, uuidv7, type Activity, type ActivityKind } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { liveTasks } from '../reminders/due.ts';

export interface NewActivity {
  kind: ActivityKind;
  body: string;
  personId?: string | undefined;
  dealId?: string | undefined;
  dueAt?: number | undefined;
  direction?: 'in' | 'out' | undefined;
}

/** Logs a note, call, email, meeting or task on the timeline of a lead and/or deal. */
export async function addActivity(db: PipeclipDb, input: NewActivity, now = Date.now()): Promise<Activity> {
  const activity = ActivitySchema.parse({ id: uuidv7(now), createdAt: now, updatedAt: now, ...input, doneAt: input.kind === 'task' ? undefined : undefined });
  await db.transaction('rw', [db.activities, db.deals, db.outbox, db.meta], async () => {
    await putRecord(db, 'activities', activity);
    if (activity.dealId && activity.kind === 'task') await refreshFollowUp(db, activity.dealId, now);
  });
  return activity;
}

/**
 * Activities are insert-only: an edit is a new activity that `revises` the old one and keeps its place on
 * the timeline (its `createdAt`).
 */
export async function reviseActivity(db: PipeclipDb, old: Activity, changes: Partial<Activity>, now = Date.now()): Promise<Activity> {
  const next: Activity = { ...old, ...changes, id: uuidv7(now), revises: old.id, updatedAt: now };
  await db.transaction('rw', [db.activities, db.deals, db.outbox, db.meta], async () => {
    await putRecord(db, 'activities', next);
    if (next.dealId && next.kind === 'task') await refreshFollowUp(db, next.dealId, now);
  });
  return next;
}

export const completeTask = (db: PipeclipDb, task: Activity, now = Date.now()) => reviseActivity(db, task, { doneAt: now }, now);

/** Snoozes a task: it is due again at `until`. */
export const snoozeTask = (db: PipeclipDb, task: Activity, until: number, now = Date.now()) => reviseActivity(db, task, { dueAt: until, snoozedUntil: until }, now);

/** Keeps `deal.nextFollowUpAt` equal to the earliest open task of the deal, for the list's sort and filters. */
async function refreshFollowUp(db: PipeclipDb, dealId: string, now: number): Promise<void> {
  const deal = await db.deals.get(dealId);
  if (!deal) return;
  const tasks = liveTasks(await db.activities.where('dealId').equals(dealId).toArray());
  // null, not undefined, once no task is open: a cleared field has to reach the team as a value.
  const next = tasks.reduce<number | null>((min, t) => (t.dueAt !== undefined && (min === null || t.dueAt < min) ? t.dueAt : min), null);
  if (next === (deal.nextFollowUpAt ?? null)) return;
  await putRecord(db, 'deals', { ...deal, nextFollowUpAt: next, updatedAt: now }, { nextFollowUpAt: next, updatedAt: now });
}

/** Live activities of a lead or deal, newest first, for the timeline. */
export async function timelineOf(db: PipeclipDb, by: { personId?: string; dealId?: string }): Promise<Activity[]> {
  const lists = await Promise.all([
    by.personId ? db.activities.where('personId').equals(by.personId).toArray() : [],
    by.dealId ? db.activities.where('dealId').equals(by.dealId).toArray() : [],
  ]);
  const all = new Map([...lists[0], ...lists[1]].map((a) => [a.id, a]));
  const revised = new Set([...all.values()].flatMap((a) => (a.revises ? [a.revises] : [])));
  return [...all.values()].filter((a) => !a.deletedAt && !revised.has(a.id)).sort((a, b) => (b.doneAt ?? b.createdAt) - (a.doneAt ?? a.createdAt));
}
