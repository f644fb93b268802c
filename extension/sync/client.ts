import {
  MAX_MUTATIONS_PER_PUSH,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PullResponseSchema,
  PushResponseSchema,
  SCHEMA_HEADER,
  SCHEMA_VERSION,
  PipelineSchema,
  type Mutation,
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

/** Pushes on the wire at once: one being applied by the server while the next is read, sent and parsed. */
const PUSHES_IN_FLIGHT = 2;

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

  /**
   * Sends the outbox in pushes of up to `pushLimit` mutations, keeping two on the wire: the next push is read
   * and sent while the server applies the one before, and responses are handled in the order sent. The server
   * refuses a push that arrives before its predecessor (a gap); it is sent again once the predecessor is in.
   */
  async push(signal?: AbortSignal): Promise<{ pushed: number; failed: number }> {
    const client = await clientId(this.db);
    const limit = Math.min(this.pushLimit, MAX_MUTATIONS_PER_PUSH);
    const totals = { pushed: 0, failed: 0 };
    const inFlight: Promise<void>[] = [];
    let sentUpTo = 0;
    for (;;) {
      if (inFlight.length >= PUSHES_IN_FLIGHT) await inFlight.shift();
      const mutations = await nextMutations(this.db, limit, sentUpTo);
      if (mutations.length === 0) {
        // Nothing unsent: wait for what is on the wire, then look again for edits made meanwhile.
        if (inFlight.length === 0) return totals;
        await inFlight.shift();
        continue;
      }
      sentUpTo = mutations.at(-1)!.id;
      const sent = this.sendPush(client, mutations, signal);
      const done = this.settlePush(client, mutations, sent, inFlight.at(-1), totals, signal);
      done.catch(() => {}); // awaited in turn; a failure must not surface as unhandled before then
      inFlight.push(done);
    }
  }

  private sendPush(client: string, mutations: Mutation[], signal?: AbortSignal) {
    return this.request('/v1/sync/push', { method: 'POST', body: JSON.stringify({ clientId: client, mutations }), signal });
  }

  /** Handles a push's response after its predecessor's: resends it if it overtook that one, then acknowledges. */
  private async settlePush(client: string, mutations: Mutation[], sent: Promise<unknown>, previous: Promise<void> | undefined, totals: { pushed: number; failed: number }, signal?: AbortSignal) {
    let response = await sent.then(
      (body) => ({ body }),
      (error: unknown) => ({ error }),
    );
    await previous;
    if ('error' in response) {
      if (!(previous && response.error instanceof SyncError && response.error.code === 'mutation_gap')) throw response.error;
      response = { body: await this.sendPush(client, mutations, signal) };
    }
    const body = PushResponseSchema.parse(response.body);
    const failures = body.results.filter((r) => r.status === 'failed');
    await this.db.transaction('rw', this.db.outbox, this.db.meta, async () => {
      await dropAcknowledged(this.db, body.lastMutationId);
      if (failures.length) {
        const old = (await this.db.meta.get('failures'))?.value;
        const list = [...(Array.isArray(old) ? old : []), ...failures].slice(-50);
        await this.db.meta.put({ key: 'failures', value: list });
      }
    });
    totals.pushed += mutations.length;
    totals.failed += failures.length;
  }

  /**
   * Pulls until caught up. With `waitMs`, the first request long-polls for the next team change. `pipelines`
   * collects the team's pipelines as the server sent them (null for a deleted one). The next page is asked for
   * while one is applied: its cookie is in the page, so applying need not finish first.
   */
  async pull(signal?: AbortSignal, waitMs = 0, pipelines?: Map<string, Pipeline | null>): Promise<number> {
    const client = await clientId(this.db);
    const storedCookie = async () => Number((await this.db.meta.get('cookie'))?.value ?? 0);
    const fetchPage = (cookie: number, wait: number) => {
      const page = this.request(`/v1/sync/pull?cookie=${cookie}&clientId=${encodeURIComponent(client)}&limit=500&wait=${wait}`, { signal });
      page.catch(() => {}); // awaited in turn, or dropped with its page
      return { cookie, page };
    };
    let pulled = 0;
    let restarted = false;
    let next = fetchPage(await storedCookie(), waitMs);
    for (;;) {
      const { cookie } = next;
      let body: unknown;
      try {
        body = await next.page;
      } catch (err) {
        // Away longer than the server keeps deletions: start over from a fresh copy, keeping unsent changes.
        if (!(err instanceof SyncError && err.kind === 'resync_required') || restarted) throw err;
        restarted = true;
        await resetForResync(this.db);
        next = fetchPage(await storedCookie(), 0);
        continue;
      }
      const page = PullResponseSchema.parse(body);
      const ahead = page.more ? fetchPage(page.cookie, 0) : undefined;
      if (!(await applyPull(this.db, page, cookie))) {
        // Another context applied a page meanwhile: go on from the cookie it stored.
        next = fetchPage(await storedCookie(), 0);
        continue;
      }
      for (const row of pipelines ? page.rows : []) {
        if (row.collection === 'pipelines') pipelines!.set(row.id, row.deleted ? null : (PipelineSchema.safeParse({ ...row.data, id: row.id }).data ?? null));
      }
      pulled += page.rows.length;
      if (page.more && page.head) this.onProgress?.(page.cookie, page.head);
      if (!ahead) return pulled;
      next = ahead;
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
