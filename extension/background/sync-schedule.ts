import { browser } from 'wxt/browser';
import { getDb } from '../db/database.ts';
import { backoffMinutes, runSync } from '../sync/run.ts';
import { syncStatus } from '../sync/settings.ts';

const ALARM = 'pipeclip-sync';

async function tick() {
  await runSync(getDb());
  const { failures } = await syncStatus.get();
  // After failures, wait longer (with jitter) before the next attempt; a healthy client syncs every minute.
  await browser.alarms.create(ALARM, { delayInMinutes: failures ? backoffMinutes(failures) : 1 });
}

/** Sync is driven by alarms and events, so it survives the service worker being stopped at any moment. */
export function registerSyncSchedule() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void tick();
  });
  browser.runtime.onStartup.addListener(() => void tick());
  browser.runtime.onInstalled.addListener(() => {
    void navigator.storage?.persist?.();
    void tick();
  });
}
