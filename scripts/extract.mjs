// `npm run --silent extract -- [--url URL] FILE...`: one JSON line per file (see test/extract/cli.ts).
import { ensureInstalled, tsx } from './bootstrap.mjs';

ensureInstalled();
tsx('test/extract/cli.ts', process.argv.slice(2));
