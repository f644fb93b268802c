import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../test/support/postgres.ts';

import '../src/test-db.ts';

/** Gives the PostgreSQL test project a real server: DATABASE_URL if set, else a private loopback cluster. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const pg = await startPostgres();
  project.provide('postgresUrl', pg.url);
  return () => pg.stop();
}
