import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ClientIdSchema, MAX_PULL_ROWS, PushRequestSchema } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { ApiError, parseInput, readJson } from '../errors.ts';
import type { AuthEnv } from '../middleware/auth.ts';
import { requireVersions } from '../middleware/versions.ts';
import type { TeamNotifier } from '../services/notifier.ts';
import { pageJson, pullChanges } from '../services/pull.ts';
import { applyPush } from '../services/push.ts';

const PullQuerySchema = z.object({
  cookie: z.coerce.number().int().nonnegative().default(0),
  clientId: ClientIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_ROWS).default(500),
  /** Long poll: when nothing is new, wait up to this many milliseconds for the next push. */
  wait: z.coerce.number().int().min(0).max(25_000).default(0),
});

export function syncRoutes(db: Database, notifier: TeamNotifier) {
  return new Hono<AuthEnv>()
    .use(requireVersions)
    .post(
      '/push',
      bodyLimit({ maxSize: 4 * 1024 * 1024, onError: () => { throw new ApiError(413, 'A push may carry at most 4 MB: send fewer mutations at once', 'too_large'); } }),
      async (c) => {
        const result = await applyPush(db, c.var.caller, parseInput(PushRequestSchema, await readJson(c), 'push'));
        notifier.notify(c.var.caller.teamId);
        return c.json(result);
      },
    )
    .get('/pull', async (c) => {
      const q = parseInput(PullQuerySchema, c.req.query(), 'pull query');
      const { teamId, role, memberId } = c.var.caller;
      const repId = role === 'rep' ? memberId : undefined;
      let page = await pullChanges(db, teamId, q.clientId, q.cookie, q.limit, repId);
      if (page.rows.length === 0 && q.wait > 0) {
        await notifier.wait(teamId, q.wait, c.req.raw.signal);
        page = await pullChanges(db, teamId, q.clientId, q.cookie, q.limit, repId);
      }
      return c.body(pageJson(page), 200, { 'content-type': 'application/json' });
    });
}
