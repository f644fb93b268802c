import { runSeed, type SeedReport } from './chaos.ts';
import { SimServer } from './sim-server.ts';

export interface SoakResult {
  seeds: number;
  violations: number;
  failed: SeedReport[];
  msPerSeed: number;
}

/** Runs seeds from `first` until `count` are done or `budgetMs` is spent; a failing seed says how to replay it. */
export async function soak(first: number, count: number, budgetMs = Infinity, log = console.log): Promise<SoakResult> {
  const server = await SimServer.start();
  const started = performance.now();
  const failed: SeedReport[] = [];
  let seeds = 0;
  try {
    for (let seed = first; seed < first + count && performance.now() - started < budgetMs; seed++) {
      const report = await runSeed(server, seed);
      seeds++;
      if (report.violations.length) {
        failed.push(report);
        log(`seed ${seed}: ${report.violations.length} violations — replay with: npm run chaos -- --seed ${seed}\n  ${report.violations.join('\n  ')}`);
      } else if (seeds % 10 === 0) log(`${seeds} seeds, ${failed.length} failed`);
    }
  } finally {
    await server.stop();
  }
  return { seeds, violations: failed.reduce((n, r) => n + r.violations.length, 0), failed, msPerSeed: (performance.now() - started) / Math.max(1, seeds) };
}
