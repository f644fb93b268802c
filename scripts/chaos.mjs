// `npm run chaos -- --seed N` replays one seed of the sync fault harness; `--seeds N [--from S]` soaks.
import { ensureInstalled, tsx } from './bootstrap.mjs';

ensureInstalled();
tsx('test/sync/cli.ts', process.argv.slice(2));
