// Bundles the server (and the shared domain package it imports as TypeScript) into plain JavaScript, so it
// starts under bare Node: no TypeScript compiler in the process. About a second faster to start and ~70 MB
// less resident memory than running the sources through tsx. Packages from node_modules stay external.
// `node build.mjs` builds; `npm start` and the tests' server launcher call `buildServer()`.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Two folders deep, like src/db/: `src/db/migrate.ts` finds the migrations at `../../drizzle` from both. */
export const SERVER_BUNDLE = join(here, 'dist', 'bin', 'main.js');

const { dependencies } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const external = Object.keys(dependencies).filter((name) => !name.startsWith('@pipeclip/'));

export async function buildServer() {
  const result = await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    external: external.flatMap((name) => [name, `${name}/*`]),
    write: false,
    logLevel: 'warning',
  });
  // Several test processes may build at once: each file appears whole (written aside, then renamed).
  mkdirSync(dirname(SERVER_BUNDLE), { recursive: true });
  for (const file of result.outputFiles) {
    const aside = `${file.path}.${process.pid}.tmp`;
    writeFileSync(aside, file.contents);
    renameSync(aside, file.path);
  }
  return SERVER_BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`built ${await buildServer()}`);
