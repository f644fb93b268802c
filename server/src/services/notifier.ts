import type { DbHandle } from '../db/client.ts';

const CHANNEL = 'pipeclip_push';

/**
 * Wakes long-polling pulls when a push commits a new team version, in this process at once and, through the
 * database (LISTEN/NOTIFY on PostgreSQL), in every other server process behind the same load balancer.
 */
export class TeamNotifier {
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(private readonly bus?: Pick<DbHandle, 'publish' | 'subscribe'>) {
    bus?.subscribe(CHANNEL, (teamId) => this.wake(teamId)).catch((err: unknown) => console.error('[pipeclip] cannot listen for pushes of other server processes:', err));
  }

  notify(teamId: string): void {
    this.wake(teamId);
    this.bus?.publish(CHANNEL, teamId).catch(() => undefined);
  }

  private wake(teamId: string): void {
    const set = this.waiters.get(teamId);
    if (!set) return;
    this.waiters.delete(teamId);
    for (const wake of set) wake();
  }

  /** Resolves at the next push to the team, after `ms`, or when the request is aborted. */
  wait(teamId: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let set = this.waiters.get(teamId);
      if (!set) this.waiters.set(teamId, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done);
      set.add(done);
    });
  }
}
