import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ClientIdSchema, MAX_PULL_ROWS, PushRequestSchema } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { ApiError, parseInput, readJson } from '../errors.ts';
import type { AuthEnv } from '../middleware/auth.ts';
import { requireVersions } from '../middleware/versions.ts';
import { pullChanges } from '../services/pull.ts';
import { applyPush } from '../services/push.ts';

const PullQuerySchema = z.object({
  cookie: z.coerce.number().int().nonnegative().default(0),
  clientId: ClientIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_ROWS).default(500),
});

export function syncRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .use(requireVersions)
    .post(
      '/push',
      bodyLimit({ maxSize: 4 * 1024 * 1024, onError: () => { throw new ApiError(413, 'A push may carry at most 4 MB: send fewer mutations at once', 'too_large'); } }),
      async (c) => c.json(await applyPush(db, c.var.caller, parseInput(PushRequestSchema, await readJson(c), 'push'))),
    )
    .get('/pull', async (c) => {
      const q = parseInput(PullQuerySchema, c.req.query(), 'pull query');
      return c.json(await pullChanges(db, c.var.caller.teamId, q.clientId, q.cookie, q.limit));
    });
}
