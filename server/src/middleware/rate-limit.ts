import { createMiddleware } from 'hono/factory';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from '../errors.ts';

/**
 * A fixed-window limit per client address (in-process; behind a load balancer each process counts its own).
 * Guards sign-in and invitations against guessing.
 */
export function rateLimit({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return createMiddleware(async (c, next) => {
    let key = 'local';
    try {
      key = getConnInfo(c).remote.address ?? key;
    } catch {
      /* app.request() in tests has no socket */
    }
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || entry.resetAt <= now) hits.set(key, { count: 1, resetAt: now + windowMs });
    else if (++entry.count > limit) {
      c.header('retry-after', String(Math.ceil((entry.resetAt - now) / 1000)));
      throw new ApiError(429, 'Too many attempts: wait a minute and try again', 'rate_limited');
    }
    if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
    await next();
  });
}
