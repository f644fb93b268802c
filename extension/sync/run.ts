import type { PipeclipDb } from '../db/database.ts';
import { SyncClient, type SyncReport } from './client.ts';
import { SyncError } from './errors.ts';
import { serverSettings, syncStatus } from './settings.ts';

async function withLock<T>(fn: () => Promise<T>): Promise<T | undefined> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    // One sync loop at a time across the background and every open side panel.
    return navigator.locks.request('pipeclip-sync', { ifAvailable: true }, async (lock) => (lock ? fn() : undefined));
  }
  return fn();
}

/** Runs one sync if a server is configured, recording the outcome for the side panel's status line. */
export async function runSync(db: PipeclipDb, signal?: AbortSignal): Promise<SyncReport | undefined> {
  const server = await serverSettings.get();
  if (!server) return undefined;
  return withLock(async () => {
    const before = await syncStatus.get();
    await syncStatus.set({ ...before, running: true, lastAttemptAt: Date.now() });
    try {
      const progress = (done: number, total: number) => void syncStatus.set({ ...before, running: true, lastAttemptAt: Date.now(), progress: { done, total } });
      const report = await new SyncClient(db, server, undefined, progress).sync(signal);
      await syncStatus.set({ lastSyncAt: Date.now(), lastAttemptAt: Date.now(), failures: 0, running: false });
      return report;
    } catch (err) {
      const error = err instanceof SyncError ? { kind: err.kind, message: err.message } : { kind: 'server', message: String(err) };
      if (!(err instanceof SyncError)) console.error('[pipeclip] sync failed', err);
      await syncStatus.set({ ...before, running: false, lastAttemptAt: Date.now(), error, failures: before.failures + 1 });
      return undefined;
    }
  });
}

/** Minutes until the next retry after `failures` failed attempts: exponential with jitter, capped at 30. */
export function backoffMinutes(failures: number, random = Math.random): number {
  const base = Math.min(30, 0.5 * 2 ** Math.min(failures, 6));
  return base * (0.5 + random() / 2);
}
