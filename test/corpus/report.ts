// `node --import tsx test/corpus/report.ts [--fields]`: scores per corpus/tier (and per field with --fields).
import { hasFixtures } from './fixtures.ts';
import { evaluateAll } from './evaluate.ts';

if (!hasFixtures) {
  console.log('corpus report skipped: ../shared/fixtures not found');
} else {
  const { headline, reports } = await evaluateAll();
  const pct = (n: number) => n.toFixed(3);
  console.log(`headline macro-F1 (webstruct, quagga, schemaorg.plain): ${pct(headline)}`);
  for (const r of reports) {
    console.log(`${r.tier.padEnd(28)} n=${String(r.cases).padStart(4)}  macro-F1 ${pct(r.macroF1)}`);
    if (process.argv.includes('--fields')) {
      for (const [f, s] of Object.entries(r.fields)) {
        if (s.nE || s.nP) console.log(`    ${f.padEnd(10)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  (tpP ${s.tpP}/${s.nP}, tpE ${s.tpE}/${s.nE})`);
      }
    }
  }
}
