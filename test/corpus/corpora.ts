// Readers turning each corpus into scored cases (expected values per canonical field), per the fixtures README.
import type { CountryCode } from 'libphonenumber-js/min';
import { manifestCases, readCorpusText } from './fixtures.ts';
import type { Field } from './match.ts';
import type { ScoredCase, Values } from './score.ts';

/** What to feed the engine for one case. */
export type Input = { kind: 'html'; html: string; url: string; unwrapAnnotations?: boolean } | { kind: 'message'; raw: string };
export interface CorpusCase {
  input: Input;
  scored: ScoredCase;
}

const push = (v: Values, f: Field, s: string | undefined) => {
  const t = s?.trim();
  if (t) (v[f] ??= []).push(t);
};

const WEBSTRUCT: Record<string, Field> = { PER: 'name', FUNC: 'title', ORG: 'company', EMAIL: 'email', TEL: 'phone', STREET: 'street', CITY: 'locality', STATE: 'region', ZIPCODE: 'postcode', COUNTRY: 'country' };

export function webstruct(): CorpusCase[] {
  const corpus = 'webstruct-contact-pages';
  return manifestCases(corpus).map(({ case: id, files }) => {
    const tier = id.includes('us_contact_pages') ? 'us_contact_pages' : 'business_pages';
    const html = readCorpusText(corpus, files.find((f) => f.endsWith('.html'))!);
    const entities = (JSON.parse(readCorpusText(corpus, files.find((f) => f.endsWith('.entities.json'))!)) as { entities: { type: string; text: string }[] }).entities;
    const expected: Values = {};
    const neutral: Values = {};
    for (const e of entities) {
      if (WEBSTRUCT[e.type]) push(expected, WEBSTRUCT[e.type]!, e.text);
      if (e.type === 'FAX') push(neutral, 'phone', e.text);
    }
    const uk = entities.some((e) => e.type === 'COUNTRY' && /\b(uk|united kingdom|england|scotland|wales|britain)\b/i.test(e.text));
    const fields: Field[] = ['name', 'title', 'company', 'phone', 'street', 'locality', 'region', 'postcode', 'country'];
    if (tier === 'us_contact_pages') fields.push('email');
    const base = /<base\s+href="([^"]+)"/i.exec(html)?.[1];
    return {
      input: { kind: 'html', html, url: base ?? '', unwrapAnnotations: true },
      // Single-prospect scoring (README §4.1): a field is a hit when a value is in the page's set; precision over values.
      scored: { id, tier, expected, neutral, fields, anyMatch: true, ctx: { region: (uk ? 'GB' : 'US') as CountryCode } },
    };
  });
}

/** Removes the annotators' `span[wa-type]` wrappers, keeping their children (the labels must not leak). */
export function unwrapAnnotations(doc: Document) {
  for (const span of Array.from(doc.querySelectorAll('span[wa-type]'))) {
    span.replaceWith(...Array.from(span.childNodes));
  }
}

interface Ann {
  text: string;
  denotations: { type: string; text: string }[];
}

function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return m?.[1]?.replace(/\s+/g, ' ').trim() || undefined;
}

export function quagga(): CorpusCase[] {
  const corpus = 'quagga-enron-annotated';
  return manifestCases(corpus).map(({ case: id, files }) => {
    const raw = readCorpusText(corpus, files.find((f) => f.endsWith('.txt'))!);
    const ann = JSON.parse(readCorpusText(corpus, files.find((f) => f.endsWith('.ann'))!)) as Ann;
    const d = (t: string) => ann.denotations.filter((x) => x.type === t).map((x) => x.text);
    const signature = d('Body/Signature').length > 0;
    const expected: Values = {};
    const sigNames = d('Body/Signature/Name');
    for (const n of sigNames.length ? sigNames : d('Body/Outro/Name')) push(expected, 'name', n);
    const xFrom = header(raw, 'X-From')?.replace(/<[^>]*>/g, '').replace(/"/g, '').trim();
    if (xFrom && !xFrom.includes('@')) push(expected, 'name', xFrom);
    d('Body/Signature/Position').forEach((v) => push(expected, 'title', v));
    d('Body/Signature/Organisation').forEach((v) => push(expected, 'company', v));
    d('Body/Signature/Mail').forEach((v) => push(expected, 'email', v));
    const from = header(raw, 'From');
    if (from) push(expected, 'email', /<([^>]+)>/.exec(from)?.[1] ?? from);
    d('Body/Signature/Phone').forEach((v) => push(expected, 'phone', v));
    d('Body/Signature/Address').forEach((v) => push(expected, 'address', v));
    const neutral: Values = { phone: d('Body/Signature/Fax') };
    const fields: Field[] = ['name', 'title', 'company', 'email', 'phone', 'address'];
    return {
      input: { kind: 'message', raw },
      scored: { id, tier: signature ? 'signature' : 'other', expected, neutral, fields, anyMatch: true, precisionOnly: signature ? [] : fields },
    };
  });
}

export type SchemaTier = 'plain' | 'annotated' | 'jsonld';
