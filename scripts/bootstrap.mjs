// Set-up shared by `npm start`, `npm test` and `npm run bench`: plain Node, no dependencies,
// so it runs on a fresh machine that has only Node and npm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const localPnpm = join(root, '.tools', 'node_modules', '.bin', 'pnpm');

export function log(message) {
  process.stderr.write(`\x1b[36m[pipeclip]\x1b[0m ${message}\n`);
}

function pnpmOnPath() {
  try {
    const version = execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return version.startsWith('10.') ? 'pnpm' : undefined;
  } catch {
    return undefined;
  }
}

/** A pnpm 10 to run: the one on PATH, or one installed into .tools/ (no global install, no root needed). */
export function pnpm() {
  const found = pnpmOnPath() ?? (existsSync(localPnpm) ? localPnpm : undefined);
  if (found) return found;
  log(`installing pnpm ${PNPM_VERSION} into .tools/`);
  run('npm', ['install', '--prefix', join(root, '.tools'), '--no-audit', '--no-fund', `pnpm@${PNPM_VERSION}`]);
  return localPnpm;
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    log(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  return result;
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing dependencies (pnpm install)');
  // node-gyp must build against Debian's Node headers: nodejs.org is not reachable here.
  run(pnpm(), ['install', '--frozen-lockfile'], { env: { npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' } });
}

/** Runs a TypeScript file with tsx from the workspace. */
export function tsx(file, args = [], options = {}) {
  return run(process.execPath, ['--import', 'tsx', file, ...args], options);
}
