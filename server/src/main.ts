import { serve } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './app.ts';
import { openDb } from './db/client.ts';
import { migrate, refreshStatistics } from './db/migrate.ts';
import { parseEnv } from './env.ts';
import { ensureFirstTeam, invitationLink } from './services/bootstrap.ts';
import { DAY_MS, purgeTombstones } from './services/retention.ts';

async function main() {
  const started = performance.now();
  const env = parseEnv();
  if (!env.DATABASE_URL) mkdirSync(resolve(env.DATA_DIR), { recursive: true });
  const handle = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: resolve(env.DATA_DIR) });
  await migrate(handle);
  const firstRun = await ensureFirstTeam(handle.db);
  const server = serve({ fetch: createApp({ handle, joinsPerMinute: env.JOINS_PER_MINUTE }).fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const url = env.PUBLIC_URL ?? `http://${env.HOST}:${info.port}`;
    const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${resolve(env.DATA_DIR)}`;
    console.log(`Pipeclip server listening on ${url} (${where}), ready in ${Math.round(performance.now() - started)} ms`);
    console.log(`Dashboard: ${url}/`);
    if (firstRun.pairingCode) {
      console.log(`Connect the extension to "${firstRun.teamName}": open the side panel → Settings → paste this invitation:\n\n  ${invitationLink(url, firstRun.pairingCode)}\n`);
    } else {
      console.log(`Team "${firstRun.teamName}". Invite a rep: npm run admin -- invite --role rep`);
    }
  });
  // Now and then, off the request path: deletions older than the retention window are forgotten, and PGlite's
  // planner statistics follow the data (the first refresh right after start, so start-up does not wait for it).
  const maintain = async () => {
    await purgeTombstones(handle.db, env.TOMBSTONE_RETENTION_DAYS * DAY_MS).catch((err: unknown) => console.error('[pipeclip] tombstone purge failed:', err));
    await refreshStatistics(handle).catch((err: unknown) => console.error('[pipeclip] statistics refresh failed:', err));
  };
  const purging = setInterval(() => void maintain(), DAY_MS / 4);
  purging.unref();
  setTimeout(() => void refreshStatistics(handle).catch(() => undefined), 1_000).unref();
  setTimeout(() => void maintain(), 60_000).unref();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(purging);
    server.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
