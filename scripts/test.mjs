// `npm test`: installs what is missing, then runs every test: unit, server (PGlite and PostgreSQL), and
// end-to-end in real Chromium. Extra arguments go to vitest (e.g. `npm test -- --project shared`).
import { join } from 'node:path';
import { ensureInstalled, log, pnpm, root, run } from './bootstrap.mjs';
import { ensureChromium, ensurePostgres } from './system.mjs';

ensureInstalled();
if (!ensureChromium() || !ensurePostgres()) process.exit(1);
log('type-checking every package');
run(pnpm(), ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);
log('running the tests');
run(join(root, 'node_modules', '.bin', 'vitest'), ['run', ...process.argv.slice(2)]);
