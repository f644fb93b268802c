// Talon messages and Readability bylines as scored cases.
import PostalMime from 'postal-mime';
import { manifestCases, readCorpusText } from './fixtures.ts';
import type { CorpusCase } from './corpora.ts';
import type { Field } from './match.ts';
import type { Values } from './score.ts';

const stripMarkers = (s: string) => s.replace(/^#(sig|reply)#/gm, '');

/** Talon: the sender of each message (From: header, or X_sender for bare bodies). HTML replies are smoke tests only. */
export async function talon(): Promise<CorpusCase[]> {
  const corpus = 'talon-signatures-and-replies';
  const out: CorpusCase[] = [];
  for (const { case: id, files } of manifestCases(corpus)) {
    const expected: Values = {};
    let raw: string;
    const body = files.find((f) => f.endsWith('_body'));
    const eml = files.find((f) => f.endsWith('.eml'));
    if (body) {
      raw = stripMarkers(readCorpusText(corpus, body));
      const sender = readCorpusText(corpus, files.find((f) => f.endsWith('_sender'))!).trim();
      if (!sender) continue;
      expected[sender.includes('@') ? 'email' : 'name'] = [sender];
    } else if (eml || id.includes('/P/')) {
      raw = stripMarkers(readCorpusText(corpus, eml ?? files[0]!));
      const parsed = await PostalMime.parse(raw);
      if (parsed.from?.name) expected.name = [parsed.from.name];
      if (parsed.from?.address) expected.email = [parsed.from.address];
      if (!parsed.from?.address && !parsed.from?.name) {
        const from = /^From:\s*(.+)$/m.exec(raw)?.[1]?.trim();
        if (from) expected[from.includes('@') ? 'email' : 'name'] = [from];
      }
    } else {
      out.push({ input: { kind: 'html', html: readCorpusText(corpus, files[0]!), url: '' }, scored: { id, tier: 'talon.html', expected, fields: [] } });
      continue;
    }
    const fields = Object.keys(expected) as Field[];
    out.push({ input: { kind: 'message', raw }, scored: { id, tier: body ? 'talon.body-only' : 'talon.headers', expected, fields } });
  }
  return out;
}

const NOT_A_PERSON = ['Mac & i', 'Follow Author', 'Last Updated: January 7, 2025', '個人', 'Creator Name', 'Dublin Core property author'];

/** The byline as acceptable name parts: "By"/"Par"/"Written by" removed, the first line only, split on and / , / & / |. */
export function bylineParts(byline: string): string[] {
  const first = byline.split('\n')[0]!.replace(/\(.*?\)/g, '').trim();
  const cleaned = first.replace(/^(by|par|written by|edited by|von|door)\s+/i, '');
  const parts = cleaned.split(/\s+and\s+|\s*[,&|]\s*/).map((s) => s.trim()).filter(Boolean);
  // "Jong, Michiel de" is one name in "Last, First" order.
  if (/^[A-Z][a-z]+, [A-Z][a-z]+ [a-z]+$/.test(cleaned)) parts.push(cleaned);
  return parts;
}

export function readability(): CorpusCase[] {
  const corpus = 'readability-bylines';
  return manifestCases(corpus).map(({ case: id, files }) => {
    const meta = JSON.parse(readCorpusText(corpus, files.find((f) => f.endsWith('expected-metadata.json'))!)) as { byline: string };
    const person = !NOT_A_PERSON.includes(meta.byline.trim());
    return {
      input: { kind: 'html' as const, html: readCorpusText(corpus, files.find((f) => f.endsWith('source.html'))!), url: 'http://fakehost/test/page.html' },
      scored: { id, tier: person ? 'readability' : 'readability.not-a-person', expected: { name: bylineParts(meta.byline) }, fields: ['name'], anyMatch: true, single: true },
    };
  });
}
