import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import type { DbHandle } from './client.ts';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Applies the committed SQL migrations that have not run yet. */
export async function migrate({ db, engine }: DbHandle): Promise<void> {
  if (engine === 'postgres') await migratePg(db as never, { migrationsFolder });
  else {
    await migratePglite(db, { migrationsFolder });
    // PGlite runs no autovacuum, so the planner would have no statistics at all without this.
    await db.execute(sql`analyze`);
  }
}
