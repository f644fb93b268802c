// `npm run bench [-- prefix]`: runs the benchmarks and writes BENCHMARKS.md and bench/results.json.
import { ensureInstalled, tsx } from './bootstrap.mjs';
import { ensureChromium } from './system.mjs';

ensureInstalled();
if (!ensureChromium()) process.exit(1);
tsx('test/bench/run.ts', process.argv.slice(2));
