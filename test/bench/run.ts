import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { resolve } from 'node:path';
import { groups } from './groups.ts';
import type { BenchResult } from './types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(ROOT, 'bench/results.json');
// One prefix or several separated by commas: `npm run bench -- sync.push,sync.load`.
const prefixes = (process.argv[2] ?? '').split(',');
const wanted = (name: string) => prefixes.some((prefix) => name.startsWith(prefix));

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${process.platform} ${release()}`,
  date: new Date().toISOString(),
};

async function main() {
  const started = performance.now();
  const fresh: BenchResult[] = [];
  for (const group of groups) {
    if (!group.names.some(wanted)) continue;
    console.log(`▶ ${group.title}`);
    try {
      const results = (await group.run(wanted)).filter((r) => wanted(r.name));
      for (const r of results) console.log(`  ${r.name} = ${r.value} ${r.unit}${r.runs > 1 ? ` (median of ${r.runs}, min ${r.min}, max ${r.max})` : ''}`);
      fresh.push(...results);
    } catch (err) {
      console.error(`  ✗ ${group.title} failed:`, err);
      process.exitCode = 1;
    }
  }
  // A partial run (with a prefix) updates its figures and keeps the others from the last full run.
  const previous: BenchResult[] = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results: BenchResult[] }).results : [];
  const merged = [...previous.filter((p) => !fresh.some((f) => f.name === p.name)), ...fresh].sort((a, b) => a.name.localeCompare(b.name));
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ machine, results: merged }, null, 2)}\n`);
  writeFileSync(resolve(ROOT, 'BENCHMARKS.md'), markdown(merged));
  console.log(`done in ${Math.round((performance.now() - started) / 1000)} s → BENCHMARKS.md, bench/results.json`);
}

function markdown(results: BenchResult[]): string {
  const rows = results.map((r) => `| \`${r.name}\` | ${r.value} ${r.unit} | ${r.runs} | ${r.min ?? ''} | ${r.max ?? ''} | ${r.note ?? ''} |`);
  return `# Benchmarks

Written by \`npm run bench\` (all figures) or \`npm run bench -- <prefix>\` (only figures whose name starts with the
prefix; the others keep their last values). Do not edit by hand: the machine-readable copy is \`bench/results.json\`.

Machine of the last run: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, Node ${machine.node}, ${machine.os}, ${machine.date}.
Browser figures run in Debian's Chromium (headless) with the built extension. Values are medians of the runs shown;
these machines are shared and noisy, so compare figures measured in the same run.

| figure | value | runs | min | max | note |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

await main();
