import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startPostgres } from '../support/postgres.ts';
import { runSeed, type SeedReport } from './chaos.ts';
import { SimServer } from './sim-server.ts';

/** The server's database: embedded PGlite (restarts crash it), or PostgreSQL (restarts are the server's alone). */
export type Engine = 'pglite' | 'postgres';

export interface SoakResult {
  seeds: number;
  violations: number;
  failed: SeedReport[];
  msPerSeed: number;
}

export interface SoakOptions {
  /** Stop starting seeds after this long. */
  budgetMs?: number;
  /** Run every `stride`-th seed from `first` (how parallel workers share a range). */
  stride?: number;
  log?: (line: string) => void;
  engine?: Engine;
}

/** Runs seeds from `first` until `count` are done or the budget is spent; a failing seed says how to replay it. */
export async function soak(first: number, count: number, { budgetMs = Infinity, stride = 1, log = console.log, engine = 'pglite' }: SoakOptions = {}): Promise<SoakResult> {
  const postgres = engine === 'postgres' ? await startPostgres() : undefined;
  const server = await SimServer.start(postgres?.url);
  const started = performance.now();
  const failed: SeedReport[] = [];
  let seeds = 0;
  try {
    for (let seed = first; seeds < count && performance.now() - started < budgetMs; seed += stride) {
      const report = await runSeed(server, seed);
      seeds++;
      if (report.violations.length) {
        failed.push(report);
        log(`seed ${seed}: ${report.violations.length} violations — replay with: npm run chaos -- --seed ${seed}${engine === 'postgres' ? ' --engine postgres' : ''}\n  ${report.violations.join('\n  ')}`);
      } else if (seeds % 10 === 0) log(`${seeds} seeds, ${failed.length} failed`);
    }
  } finally {
    await server.stop();
    postgres?.stop();
  }
  return { seeds, violations: failed.reduce((n, r) => n + r.violations.length, 0), failed, msPerSeed: (performance.now() - started) / Math.max(1, seeds) };
}

/**
 * `soak` over `workers` processes (one per core), each with its own server on its own data folder, taking every
 * `workers`-th seed of the range (on PostgreSQL, each its own private cluster); the result adds theirs up (msPerSeed is wall time per seed of the whole run).
 */
export async function soakInParallel(first: number, count: number, workers: number, budgetMs: number, engine: Engine = 'pglite', log = console.log): Promise<SoakResult> {
  const started = performance.now();
  const cli = resolve(import.meta.dirname, 'cli.ts');
  const minutes = String(budgetMs / 60_000);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, k) => {
      const args = ['--import', 'tsx', cli, '--from', String(first + k), '--stride', String(workers), '--seeds', String(Math.ceil((count - k) / workers)), '--minutes', minutes, '--engine', engine, '--json'];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
      let result: SoakResult | undefined;
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
          const line = out.slice(0, nl);
          out = out.slice(nl + 1);
          if (line.startsWith('{')) result = JSON.parse(line) as SoakResult;
          else log(`[worker ${k + 1}/${workers}] ${line}`);
        }
      });
      return new Promise<SoakResult>((done, fail) => child.on('exit', (code) => (result ? done(result) : fail(new Error(`soak worker ${k + 1} exited with ${code} and no result`)))));
    }),
  );
  const seeds = parts.reduce((n, p) => n + p.seeds, 0);
  return { seeds, violations: parts.reduce((n, p) => n + p.violations, 0), failed: parts.flatMap((p) => p.failed), msPerSeed: (performance.now() - started) / Math.max(1, seeds) };
}
