/**
 * Wakes long-polling pulls when a push commits a new team version. In-process: with several server
 * processes behind a load balancer, a waiting pull still returns at its timeout and the client pulls again.
 */
export class TeamNotifier {
  private readonly waiters = new Map<string, Set<() => void>>();

  notify(teamId: string): void {
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
