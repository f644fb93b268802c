import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The domain core runs unchanged in the extension, its capture script and the server, so it may not
// reach for any one of them. This test is the build's guard: a forbidden import fails `npm test`.
const SRC = join(import.meta.dirname);
const FORBIDDEN_IMPORTS = /from\s+['"](node:[^'"]+|dexie[^'"]*|hono[^'"]*|@hono\/[^'"]+|drizzle-orm[^'"]*|wxt[^'"]*|#imports|preact[^'"]*|pg|@electric-sql\/[^'"]+)['"]/;
const FORBIDDEN_GLOBALS = /(?<![\w.])(window|document|localStorage|sessionStorage|chrome|browser|location|navigator|process)\s*[.[]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('shared stays pure', () => {
  const files = sources(SRC);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports no browser, server or node module and touches no browser global', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(FORBIDDEN_IMPORTS);
    expect(code).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
