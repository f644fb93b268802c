// `npm run --silent extract -- [--url URL] FILE...`: one JSON line per file, in order. One bad file never stops the batch.
import { readFile } from 'node:fs/promises';
import { extractFromFile } from './run.ts';

const args = process.argv.slice(2);
let url = '';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i] ?? '';
  else if (a.startsWith('--url=')) url = a.slice(6);
  else if (a === '--') continue;
  else files.push(a);
}
if (!files.length) {
  process.stderr.write('usage: npm run --silent extract -- [--url URL] FILE...\n');
  process.exitCode = 2;
}
for (const file of files) {
  let line: string;
  try {
    const bytes = await readFile(file);
    line = JSON.stringify({ file, candidates: await extractFromFile(file, bytes, url) });
  } catch (error) {
    line = JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) });
  }
  process.stdout.write(`${line}\n`);
}
