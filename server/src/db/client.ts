import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';

export type Database = ReturnType<typeof drizzlePglite<typeof schema>>;

export interface DbHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL URL; when absent, the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` for a throwaway database. */
  dataDir?: string;
}

/** Opens the database: PostgreSQL when a URL is given, embedded PGlite otherwise. */
export async function openDb({ databaseUrl, dataDir = 'memory://' }: DbOptions): Promise<DbHandle> {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    await pool.query('select 1');
    // Both drivers speak the same drizzle pg-core API; the cast unifies their result-type generics.
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  const client = await PGlite.create(dataDir);
  return { db: drizzlePglite(client, { schema }), engine: 'pglite', close: () => client.close() };
}
