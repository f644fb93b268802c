import { soak } from './soak.ts';

// npm run chaos -- --seed 42            replay one seed
// npm run chaos -- --seeds 500 [--from 1000]   soak
const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const seed = value('--seed');
const result = seed !== undefined ? await soak(seed, 1) : await soak(value('--from') ?? 1, value('--seeds') ?? 100);
console.log(`${result.seeds} seeds, ${result.violations} violations, ${Math.round(result.msPerSeed)} ms per seed`);
process.exit(result.violations ? 1 : 0);
