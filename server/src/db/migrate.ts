import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import type { DbHandle } from './client.ts';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

async function appliedMigrations({ db }: DbHandle): Promise<number> {
  const { rows } = await db.execute<{ n: number | string }>(sql`select count(*) as n from drizzle.__drizzle_migrations`).catch(() => ({ rows: [{ n: 0 }] }));
  return Number(rows[0]?.n ?? 0);
}

/**
 * Applies the committed SQL migrations that have not run yet. On PGlite, which runs no autovacuum, a migration
 * is followed by ANALYZE so the planner has statistics; an unchanged database keeps the ones it has (they are
 * stored with it) and is refreshed by `refreshStatistics` once the server is listening.
 */
export async function migrate(handle: DbHandle): Promise<void> {
  if (handle.engine === 'postgres') return migratePg(handle.db as never, { migrationsFolder });
  const before = await appliedMigrations(handle);
  await migratePglite(handle.db, { migrationsFolder });
  if ((await appliedMigrations(handle)) !== before) await refreshStatistics(handle);
}

/** Planner statistics for PGlite (PostgreSQL's autovacuum keeps its own): run off the request path. */
export async function refreshStatistics({ db, engine }: DbHandle): Promise<void> {
  if (engine === 'pglite') await db.execute(sql`analyze`);
}
