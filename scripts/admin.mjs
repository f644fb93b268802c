// `npm run admin -- <command>`: team administration against the same data folder as `npm start`.
import { join } from 'node:path';
import { ensureInstalled, root, tsx } from './bootstrap.mjs';

ensureInstalled();
tsx('src/cli.ts', process.argv.slice(2), { cwd: join(root, 'server'), env: { DATA_DIR: process.env.DATA_DIR ?? join(root, 'data') } });
