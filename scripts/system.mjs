// System packages the tests need (Debian's Chromium and PostgreSQL), installed when possible.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { log } from './bootstrap.mjs';

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let updated = false;

function aptInstall(pkg) {
  if (!updated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    updated = true;
  }
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

function ensure(what, present, pkg, how) {
  if (present()) return true;
  if (isRoot && hasApt) {
    log(`installing ${what} (apt-get install ${pkg})`);
    if (aptInstall(pkg) && present()) return true;
  }
  log(`${what} is missing. ${how}`);
  return false;
}

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  return ensure('Chromium', () => existsSync(chromiumPath()), 'chromium', 'Install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.');
}

export function ensurePostgres() {
  if (process.env.DATABASE_URL) return true;
  const present = () => existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  return ensure('PostgreSQL', present, 'postgresql', 'Install it with `sudo apt-get install postgresql`, or set DATABASE_URL to a server the tests may create databases on.');
}

