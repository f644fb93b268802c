import pg from 'pg';
import { inject } from 'vitest';
import { openDb, type DbHandle } from './db/client.ts';
import { migrate } from './db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * A throwaway, migrated database for one test file: PGlite in memory, or a fresh database on the
 * PostgreSQL server of the `server-postgres` project.
 */
export async function testDb(): Promise<DbHandle> {
  const engine = process.env.PIPECLIP_TEST_ENGINE ?? 'pglite';
  if (engine === 'pglite') {
    const handle = await openDb({ dataDir: 'memory://' });
    await migrate(handle);
    return handle;
  }
  const adminUrl = inject('postgresUrl');
  const name = `pipeclip_test_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString() });
  await migrate(handle);
  urls.set(handle, url.toString());
  return handle;
}

const urls = new WeakMap<DbHandle, string>();

/**
 * What a second server process would open on the same database: a new connection pool on PostgreSQL; on
 * PGlite, whose data folder only one process may open, the same handle.
 */
export async function sameDatabase(handle: DbHandle): Promise<DbHandle> {
  const url = urls.get(handle);
  return url ? openDb({ databaseUrl: url }) : handle;
}
