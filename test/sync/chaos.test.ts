import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type RunningPostgres } from '../support/postgres.ts';
import { runSeed } from './chaos.ts';
import { SimServer } from './sim-server.ts';

// A bounded number of seeds per CI run on each engine; `npm run chaos -- --seeds N [--engine postgres]` soaks longer
// and reports to BENCHMARKS.md.
const SEEDS = Number(process.env.CHAOS_SEEDS ?? 12);
const FIRST = Number(process.env.CHAOS_FIRST_SEED ?? 1);

describe.each([
  { engine: 'PGlite', seeds: SEEDS, postgres: false },
  { engine: 'PostgreSQL', seeds: Math.ceil(SEEDS / 2), postgres: true },
])('sync under faults on $engine: dropped, duplicated, delayed and reordered requests, killed clients, skewed clocks, server restarts', ({ seeds, postgres: onPostgres }) => {
  let postgres: RunningPostgres | undefined;
  let server: SimServer;
  beforeAll(async () => {
    postgres = onPostgres ? await startPostgres() : undefined;
    server = await SimServer.start(postgres?.url);
  });
  afterAll(async () => {
    await server?.stop();
    postgres?.stop();
  });

  it.each(Array.from({ length: seeds }, (_, i) => FIRST + i))('seed %i converges with nothing lost', async (seed) => {
    const report = await runSeed(server, seed);
    if (report.violations.length) console.error(`seed ${seed} failed; replay it with: npm run chaos -- --seed ${seed}${onPostgres ? ' --engine postgres' : ''}\n${report.violations.join('\n')}`);
    expect(report.writes).toBeGreaterThan(0);
    expect(report.violations).toEqual([]);
  });
});
