import {
  MAX_MUTATIONS_PER_PUSH,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PullResponseSchema,
  PushResponseSchema,
  SCHEMA_HEADER,
  SCHEMA_VERSION,
  PipelineSchema,
  type Pipeline,
} from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { dropAcknowledged, nextMutations } from '../db/outbox.ts';
import { clientId } from '../db/write.ts';
import { adoptTeamPipeline } from './adopt-pipeline.ts';
import { applyPull, resetForResync } from './apply-pull.ts';
import { SyncError, failureFromResponse } from './errors.ts';

export interface ServerConfig {
  url: string;
  token: string;
}

export interface SyncReport {
  pushed: number;
  failed: number;
  pulled: number;
}

type Fetch = typeof fetch;

/** Pushes the outbox and pulls the team's changes in small, resumable, idempotent steps. */
export class SyncClient {
  constructor(
    private readonly db: PipeclipDb,
    private readonly server: ServerConfig,
    private readonly fetchFn: Fetch = (...args) => fetch(...args),
    /** Told after each page of a pull that has more to come: versions done of the team's total. */
    private readonly onProgress?: (done: number, total: number) => void,
    /** Mutations per push (the server takes at most MAX_MUTATIONS_PER_PUSH). */
    private readonly pushLimit = MAX_MUTATIONS_PER_PUSH,
  ) {}

  async sync(signal?: AbortSignal): Promise<SyncReport> {
    let pulled = 0;
    if ((await this.db.meta.get('cookie')) === undefined) {
      // Joining a team: learn its pipelines before sending this device's own, so the rep works in the team's.
      const team = new Map<string, Pipeline | null>();
      pulled += await this.pull(signal, 0, team);
      await adoptTeamPipeline(this.db, team);
    }
    const { pushed, failed } = await this.push(signal);
    pulled += await this.pull(signal);
    return { pushed, failed, pulled };
  }

  async push(signal?: AbortSignal): Promise<{ pushed: number; failed: number }> {
    const client = await clientId(this.db);
    let pushed = 0;
    let failed = 0;
    for (;;) {
      const mutations = await nextMutations(this.db, Math.min(this.pushLimit, MAX_MUTATIONS_PER_PUSH));
      if (mutations.length === 0) return { pushed, failed };
      const body = PushResponseSchema.parse(await this.request('/v1/sync/push', { method: 'POST', body: JSON.stringify({ clientId: client, mutations }), signal }));
      const failures = body.results.filter((r) => r.status === 'failed');
      await this.db.transaction('rw', this.db.outbox, this.db.meta, async () => {
        await dropAcknowledged(this.db, body.lastMutationId);
        if (failures.length) {
          const old = (await this.db.meta.get('failures'))?.value;
          const list = [...(Array.isArray(old) ? old : []), ...failures].slice(-50);
          await this.db.meta.put({ key: 'failures', value: list });
        }
      });
      pushed += mutations.length;
      failed += failures.length;
    }
  }

  /**
   * Pulls until caught up. With `waitMs`, the first request long-polls for the next team change. `pipelines`
   * collects the team's pipelines as the server sent them (null for a deleted one).
   */
  async pull(signal?: AbortSignal, waitMs = 0, pipelines?: Map<string, Pipeline | null>): Promise<number> {
    const client = await clientId(this.db);
    let pulled = 0;
    let restarted = false;
    for (;;) {
      const cookie = Number((await this.db.meta.get('cookie'))?.value ?? 0);
      const wait = pulled === 0 ? waitMs : 0;
      let body: unknown;
      try {
        body = await this.request(`/v1/sync/pull?cookie=${cookie}&clientId=${encodeURIComponent(client)}&limit=500&wait=${wait}`, { signal });
      } catch (err) {
        // Away longer than the server keeps deletions: start over from a fresh copy, keeping unsent changes.
        if (!(err instanceof SyncError && err.kind === 'resync_required') || restarted) throw err;
        restarted = true;
        await resetForResync(this.db);
        continue;
      }
      const page = PullResponseSchema.parse(body);
      if (!(await applyPull(this.db, page, cookie))) continue;
      for (const row of pipelines ? page.rows : []) {
        if (row.collection === 'pipelines') pipelines!.set(row.id, row.deleted ? null : (PipelineSchema.safeParse({ ...row.data, id: row.id }).data ?? null));
      }
      pulled += page.rows.length;
      if (page.more && page.head) this.onProgress?.(page.cookie, page.head);
      if (!page.more) return pulled;
    }
  }

  private async request(path: string, init: RequestInit): Promise<unknown> {
    let res: Response;
    try {
      res = await this.fetchFn(new URL(path, this.server.url), {
        ...init,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.server.token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          [SCHEMA_HEADER]: String(SCHEMA_VERSION),
        },
      });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new SyncError('offline', `The server at ${this.server.url} cannot be reached`);
    }
    if (!res.ok) throw await failureFromResponse(res);
    return res.json();
  }
}
