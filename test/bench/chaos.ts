import { availableParallelism } from 'node:os';
import { soakInParallel, type Engine } from '../sync/soak.ts';
import type { BenchGroup } from './types.ts';

const SEEDS = Number(process.env.CHAOS_SOAK_SEEDS ?? 10_000);
const BUDGET_MS = Number(process.env.CHAOS_SOAK_MINUTES ?? 3) * 60_000;
const WORKERS = Number(process.env.CHAOS_SOAK_WORKERS ?? availableParallelism());
const ENGINE: Engine = process.env.CHAOS_SOAK_ENGINE === 'postgres' ? 'postgres' : 'pglite';
const ON = { pglite: 'on embedded PGlite (a restart crashes the database too)', postgres: 'on PostgreSQL, a private cluster per worker (a restart is the server process’s; the database stays up)' };

/** The sync soak: as many seeds as fit the time budget (goal 10,000 with 0 violations). */
export const chaosGroup: BenchGroup = {
  title: 'sync fault harness soak',
  names: ['sync.chaos.seeds', 'sync.chaos.violations'],
  async run() {
    const result = await soakInParallel(100_000, SEEDS, WORKERS, BUDGET_MS, ENGINE);
    const note = `seeds from 100000 ${ON[ENGINE]} (CHAOS_SOAK_ENGINE) over ${WORKERS} worker processes (CHAOS_SOAK_WORKERS), ${Math.round(result.msPerSeed)} ms of wall time per seed, stopped by a ${BUDGET_MS / 60_000}-minute budget (CHAOS_SOAK_MINUTES) or ${SEEDS.toLocaleString('en')} seeds (CHAOS_SOAK_SEEDS); goal ≥ 10,000 seeds`;
    return [
      { name: 'sync.chaos.seeds', value: result.seeds, unit: 'seeds', runs: 1, note },
      { name: 'sync.chaos.violations', value: result.violations, unit: 'violations', runs: 1, note: 'goal 0' },
    ];
  },
};
