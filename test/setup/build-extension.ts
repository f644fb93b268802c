import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from '../support/browser.ts';

/** Builds the extension once per test run, in its end-to-end flavour (see wxt.config.ts). */
export default function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const cwd = resolve(import.meta.dirname, '../../extension');
  const result = spawnSync(resolve(cwd, 'node_modules/.bin/wxt'), ['build'], { cwd, env: { ...process.env, PIPECLIP_E2E: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Extension build failed:\n${result.stdout}\n${result.stderr}`);
}
