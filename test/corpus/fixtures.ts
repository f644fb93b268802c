import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared corpora live beside the repository, never inside it. */
export const fixturesDir = resolve(repoRoot, '..', 'shared', 'fixtures');
export const hasFixtures = existsSync(join(fixturesDir, 'README.md'));

export interface ManifestCase {
  case: string;
  files: string[];
}

/** The cases of one corpus as listed in its MANIFEST.json. */
export function manifestCases(corpus: string): ManifestCase[] {
  const manifest = JSON.parse(readFileSync(join(fixturesDir, corpus, 'MANIFEST.json'), 'utf8')) as { cases: ManifestCase[] };
  return manifest.cases;
}

export const corpusFile = (corpus: string, file: string) => join(fixturesDir, corpus, file);
export const readCorpusText = (corpus: string, file: string) => readFileSync(corpusFile(corpus, file), 'utf8');
