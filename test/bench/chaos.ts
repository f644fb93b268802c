import { soak } from '../sync/soak.ts';
import type { BenchGroup } from './types.ts';

const SEEDS = Number(process.env.CHAOS_SOAK_SEEDS ?? 10_000);
const BUDGET_MS = Number(process.env.CHAOS_SOAK_MINUTES ?? 3) * 60_000;

/** The sync soak: as many seeds as fit the time budget (goal 10,000 with 0 violations). */
export const chaosGroup: BenchGroup = {
  title: 'sync fault harness soak',
  names: ['sync.chaos.seeds', 'sync.chaos.violations'],
  async run() {
    const result = await soak(100_000, SEEDS, BUDGET_MS);
    const note = `seeds from 100000, ${Math.round(result.msPerSeed)} ms per seed, stopped by a ${BUDGET_MS / 60_000}-minute budget (CHAOS_SOAK_MINUTES); goal ≥ 10,000 seeds`;
    return [
      { name: 'sync.chaos.seeds', value: result.seeds, unit: 'seeds', runs: 1, note },
      { name: 'sync.chaos.violations', value: result.violations, unit: 'violations', runs: 1, note: 'goal 0' },
    ];
  },
};
