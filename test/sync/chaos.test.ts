import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from './chaos.ts';
import { SimServer } from './sim-server.ts';

// A bounded number of seeds per CI run; `npm run chaos -- --seeds N` soaks longer and reports to BENCHMARKS.md.
const SEEDS = Number(process.env.CHAOS_SEEDS ?? 12);
const FIRST = Number(process.env.CHAOS_FIRST_SEED ?? 1);

let server: SimServer;
beforeAll(async () => {
  server = await SimServer.start();
});
afterAll(() => server?.stop());

describe('sync under faults: dropped, duplicated, delayed and reordered requests, killed clients, skewed clocks, server restarts', () => {
  it.each(Array.from({ length: SEEDS }, (_, i) => FIRST + i))('seed %i converges with nothing lost', async (seed) => {
    const report = await runSeed(server, seed);
    if (report.violations.length) console.error(`seed ${seed} failed; replay it with: npm run chaos -- --seed ${seed}\n${report.violations.join('\n')}`);
    expect(report.writes).toBeGreaterThan(0);
    expect(report.violations).toEqual([]);
  });
});
