import { availableParallelism } from 'node:os';
import { soak, soakInParallel, type Engine } from './soak.ts';

// npm run chaos -- --seed 42                                   replay one seed
// npm run chaos -- --seeds 500 [--from 1000] [--workers 2]     soak (one worker per core by default)
// add --engine postgres to run the server on a private PostgreSQL cluster instead of PGlite
// (worker processes also get --stride N --minutes M --json)
const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const seed = value('--seed');
const from = value('--from') ?? 1;
const count = value('--seeds') ?? 100;
const budgetMs = (value('--minutes') ?? Infinity) * 60_000;
const workers = value('--workers') ?? availableParallelism();
const engineAt = args.indexOf('--engine');
const engine = (engineAt >= 0 ? args[engineAt + 1] : 'pglite') as Engine;
if (engine !== 'pglite' && engine !== 'postgres') {
  console.error(`--engine must be pglite or postgres, not ${engine}`);
  process.exit(2);
}
const result =
  seed !== undefined
    ? await soak(seed, 1, { engine })
    : args.includes('--json') || workers <= 1
      ? await soak(from, count, { budgetMs, stride: value('--stride') ?? 1, engine, log: (line) => console.log(line) })
      : await soakInParallel(from, count, workers, budgetMs, engine);
if (args.includes('--json')) console.log(JSON.stringify(result));
else console.log(`${result.seeds} seeds, ${result.violations} violations, ${Math.round(result.msPerSeed)} ms per seed`);
process.exit(result.violations ? 1 : 0);
