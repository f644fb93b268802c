import { browser } from 'wxt/browser';
import type { PipeclipDb } from '../db/database.ts';
import { dueTasks, endOfDay, upcomingTasks } from './due.ts';

export const REMINDER_ALARM = 'pipeclip-reminder';

/** Shows the number of follow-ups due today (and overdue) on the toolbar button. */
export async function refreshBadge(db: PipeclipDb, now = Date.now()): Promise<number> {
  const due = (await dueTasks(db, endOfDay(now))).length;
  await browser.action.setBadgeText({ text: due ? String(Math.min(due, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2372b' });
  return due;
}

/** Wakes the background when the next follow-up falls due, so it can notify even with the panel closed. */
export async function scheduleNextReminder(db: PipeclipDb, now = Date.now()): Promise<void> {
  const [next] = await upcomingTasks(db, now, 1);
  if (next?.dueAt !== undefined) await browser.alarms.create(REMINDER_ALARM, { when: next.dueAt });
}

/** After the rep changes a follow-up in the side panel: badge and next alarm up to date. */
export async function remindersChanged(db: PipeclipDb): Promise<void> {
  try {
    await refreshBadge(db);
    await scheduleNextReminder(db);
  } catch (err) {
    console.error('[pipeclip] reminders update failed', err);
  }
}
