import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { DbHandle } from './db/client.ts';
import { ApiError, renderError } from './errors.ts';
import { bearerAuth } from './middleware/auth.ts';
import { openApiDocument } from './openapi.ts';
import { authRoutes } from './routes/auth.ts';
import { dashboardRoutes } from './routes/dashboard.tsx';
import { healthRoutes } from './routes/health.ts';
import { syncRoutes } from './routes/sync.ts';
import { teamRoutes } from './routes/team.ts';
import { TeamNotifier } from './services/notifier.ts';

export interface AppDeps {
  handle: DbHandle;
  notifier?: TeamNotifier;
  /** Sign-ins (invitation redemptions) allowed per client address and minute. */
  joinsPerMinute?: number;
}

/** Builds the HTTP app from its dependencies, so tests can run it on a throwaway database. */
export function createApp({ handle, notifier = new TeamNotifier(handle), joinsPerMinute }: AppDeps) {
  const { db } = handle;
  const app = new Hono()
    .use(secureHeaders())
    // The extension calls from its chrome-extension:// or moz-extension:// origin with a bearer token; no cookies.
    .use('/v1/*', cors({ origin: (origin) => origin, allowHeaders: ['authorization', 'content-type', 'x-pipeclip-protocol', 'x-pipeclip-schema'], maxAge: 600 }))
    .route('/health', healthRoutes(handle))
    .get('/openapi.json', (c) => c.json(openApiDocument()))
    .route('/v1/auth', authRoutes(db, joinsPerMinute))
    .use('/v1/sync/*', bearerAuth(db))
    .use('/v1/team/*', bearerAuth(db))
    .use('/v1/team', bearerAuth(db))
    .route('/v1/sync', syncRoutes(db, notifier))
    .route('/v1/team', teamRoutes(db))
    .route('/', dashboardRoutes(db, { signInsPerMinute: joinsPerMinute }));
  app.notFound((c) => renderError(new ApiError(404, `No such endpoint: ${c.req.method} ${c.req.path}`, 'not_found'), c));
  app.onError(renderError);
  return app;
}

export type App = ReturnType<typeof createApp>;
