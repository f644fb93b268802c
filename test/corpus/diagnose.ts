// Developer tool: `node --import tsx test/corpus/diagnose.ts <corpus> [--split even|odd|both] [--field F] [--show] [--id SUBSTR]`.
// Scores one corpus on the even- or odd-indexed half of its cases (an over-fitting check: tune on one half, confirm on
// the other) and, with --show, prints each case's misses and false positives per field.
import { quagga, webstruct, type CorpusCase } from './corpora.ts';
import { microformats, schemaorg } from './corpora-markup.ts';
import { readability, talon } from './corpora-other.ts';
import { runCase, scoreCases } from './evaluate.ts';
import { matches, type Field } from './match.ts';
import { predictedValues } from './score.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = args[0] ?? 'webstruct';
const split = opt('split') ?? 'both';
const field = opt('field') as Field | undefined;
const idFilter = opt('id');

async function load(): Promise<CorpusCase[]> {
  switch (corpus) {
    case 'webstruct':
      return webstruct();
    case 'quagga':
      return quagga();
    case 'schemaorg.plain':
      return schemaorg('plain');
    case 'schemaorg.annotated':
      return schemaorg('annotated');
    case 'schemaorg.jsonld':
      return schemaorg('jsonld');
    case 'microformats':
      return microformats();
    case 'talon':
      return talon();
    case 'readability':
      return readability();
    default:
      throw new Error(`unknown corpus ${corpus}`);
  }
}

/** Index of each case in its corpus's manifest order (schema.org cases share one index per example). */
function indexed(cases: CorpusCase[]): [number, CorpusCase][] {
  const ids: string[] = [];
  return cases.map((c) => {
    const key = c.scored.id.replace(/\/[^/]+\.html$/, '');
    if (!ids.includes(key)) ids.push(key);
    return [ids.indexOf(key), c];
  });
}

const all = indexed(await load()).filter(([, c]) => !idFilter || c.scored.id.includes(idFilter));
for (const half of split === 'both' ? ['even', 'odd'] : [split]) {
  const cases = all.filter(([i]) => half === 'all' || i % 2 === (half === 'even' ? 0 : 1)).map(([, c]) => c);
  const reports = await scoreCases(cases, corpus);
  for (const r of reports) {
    const fields = Object.entries(r.fields).filter(([, s]) => s.nE || s.nP).map(([f, s]) => `${f} ${s.f1.toFixed(2)}`).join(' ');
    console.log(`${half.padEnd(4)} ${r.tier.padEnd(26)} n=${String(r.cases).padStart(4)} F1 ${r.macroF1.toFixed(3)}  ${fields}`);
  }
  if (!args.includes('--show')) continue;
  for (const c of cases) {
    const out = await runCase(c);
    const pred = predictedValues(out);
    const lines: string[] = [];
    for (const f of c.scored.fields.filter((x) => !field || x === field)) {
      const exp = c.scored.expected[f] ?? [];
      const p = (pred[f] ?? []).filter((v) => exp.some((e) => matches(f, v, e, c.scored.ctx)) || !(c.scored.neutral?.[f] ?? []).some((n) => matches(f, v, n, c.scored.ctx)));
      const fp = p.filter((v) => !exp.some((e) => matches(f, v, e, c.scored.ctx)));
      const miss = exp.filter((e) => !p.some((v) => matches(f, v, e, c.scored.ctx)));
      const hit = exp.length - miss.length;
      if (c.scored.anyMatch && hit && !fp.length) continue;
      if (fp.length) lines.push(`  ${f} FP: ${JSON.stringify(fp)}`);
      if (miss.length && !(c.scored.anyMatch && hit) && !c.scored.precisionOnly?.includes(f)) lines.push(`  ${f} MISS: ${JSON.stringify(miss.slice(0, 8))}`);
    }
    if (lines.length) console.log(`${c.scored.id}\n${lines.join('\n')}`);
  }
}
