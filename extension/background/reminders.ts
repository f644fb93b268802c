import { browser } from 'wxt/browser';
import { getDb } from '../db/database.ts';
import { REMINDER_ALARM, refreshBadge, scheduleNextReminder } from '../reminders/badge.ts';
import { dueTasks } from '../reminders/due.ts';
import { browserText } from './browser-text.ts';
import { snapshotForecastsDaily } from '../pipeline/forecast-snapshots.ts';

const SWEEP = 'pipeclip-reminders-sweep';
const NOTIFIED = 'session:pipeclipNotified';

/** Notifies each follow-up once when it falls due (ids kept in session storage, bounded). */
async function notifyDue(now: number) {
  const db = getDb();
  const due = await dueTasks(db, now);
  const key = NOTIFIED.slice('session:'.length);
  const seen = new Set(((await browser.storage.session.get(key))[key] as string[] | undefined) ?? []);
  const fresh = due.filter((t) => !seen.has(t.id));
  for (const task of fresh.slice(0, 5)) {
    await browser.notifications.create(`pipeclip-task:${task.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png' as never),
      title: 'Pipeclip',
      message: task.body || browserText('followUpDue', 'Follow-up due'),
    }).catch(() => undefined);
  }
  await browser.storage.session.set({ [key]: [...seen, ...fresh.map((t) => t.id)].slice(-500) });
}

async function tick() {
  const now = Date.now();
  const db = getDb();
  await notifyDue(now);
  await refreshBadge(db, now);
  await scheduleNextReminder(db, now);
  await snapshotForecastsDaily(db, now);
}

/** Follow-up reminders: an alarm at the next due time plus a sweep every few minutes; badge = items due today. */
export function registerReminders() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === SWEEP) void tick().catch((err: unknown) => console.error('[pipeclip] reminders failed', err));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('pipeclip-task:')) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#today' as never) });
  });
  const start = () => {
    void browser.alarms.create(SWEEP, { periodInMinutes: 5 });
    void tick().catch((err: unknown) => console.error('[pipeclip] reminders failed', err));
  };
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
}
