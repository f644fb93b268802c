// `npm start`: installs what is missing, builds the extension for Chrome and Firefox, builds and runs the server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, log, pnpm, root, run } from './bootstrap.mjs';

ensureInstalled();
log('building the extension (Chrome MV3 and Firefox MV3)');
run(pnpm(), ['--filter', '@pipeclip/extension', 'run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const chrome = join(root, 'extension', '.output', 'chrome-mv3');
const firefox = join(root, 'extension', '.output', 'firefox-mv3');
log(`extension ready:
    Chrome / Edge: open chrome://extensions, switch on Developer mode, "Load unpacked" → ${chrome}
    Firefox:       open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${join(firefox, 'manifest.json')}`);

log('building the server');
const { buildServer } = await import('../server/build.mjs');
const bundle = await buildServer();

const dataDir = process.env.DATA_DIR ?? join(root, 'data');
const server = spawn(process.execPath, ['--enable-source-maps', bundle], {
  cwd: join(root, 'server'),
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir },
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
