// schema.org examples and microformats tests as scored cases.
import { isOrgType, isPersonType } from '../../shared/src/capture/schema-types.ts';
import { manifestCases, readCorpusText } from './fixtures.ts';
import type { CorpusCase } from './corpora.ts';
import type { Field } from './match.ts';
import type { Values } from './score.ts';

type Json = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' && 'name' in (v as Json) ? str((v as Json)['name']) : undefined;
const types = (o: Json) => arr(o['@type']).filter((t): t is string => typeof t === 'string');
const add = (v: Values, f: Field, s: unknown) => {
  const t = str(s)?.trim();
  if (t) (v[f] ??= []).push(t);
};

function nodes(v: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 30 || !v || typeof v !== 'object') return out;
  if (Array.isArray(v)) v.forEach((x) => nodes(x, out, depth + 1));
  else {
    out.push(v as Json);
    Object.values(v as Json).forEach((x) => nodes(x, out, depth + 1));
  }
  return out;
}

/**
 * The example's prospect nodes: the top-level Person/Organization nodes (an org page is about the org, not its
 * alumni or members); when the top level is something else (an Event, a Reservation), the shallowest named ones.
 */
function prospects(doc: unknown): Json[] {
  const isAgent = (n: Json) => types(n).some((t) => isPersonType(t) || isOrgType(t));
  let level: Json[] = arr(Array.isArray(doc) ? doc : (doc as Json)?.['@graph'] ?? doc).filter((n): n is Json => !!n && typeof n === 'object');
  for (let depth = 0; depth < 10 && level.length; depth++) {
    const found = level.filter((n) => isAgent(n) && (depth === 0 || n['name'] !== undefined || n['givenName'] !== undefined));
    if (found.length) return found;
    level = level.flatMap((n) => Object.entries(n).filter(([k]) => !k.startsWith('@')).flatMap(([, v]) => arr(v))).filter((n): n is Json => !!n && typeof n === 'object' && !Array.isArray(n));
  }
  return [];
}

/**
 * Expected values of an example as the README's one canonical record: the person's name (or, on an org page, the
 * organisation's), their employer, and the prospect's own contacts and addresses (contactPoint included).
 */
export function schemaExpected(doc: unknown): Values {
  const main = prospects(doc);
  const persons = main.filter((n) => types(n).some(isPersonType));
  const orgs = main.filter((n) => !types(n).some(isPersonType));
  const v: Values = {};
  const name = (n: Json) => str(n['name']) ?? ([str(n['givenName']), str(n['familyName'])].filter(Boolean).join(' ') || undefined);
  for (const n of persons.length ? persons : orgs) add(v, 'name', name(n));
  for (const p of persons) {
    add(v, 'title', p['jobTitle']);
    for (const key of ['worksFor', 'affiliation']) arr(p[key]).forEach((o) => add(v, 'company', o));
  }
  for (const o of orgs) add(v, 'company', name(o));
  for (const n of main) {
    const points = [n, ...arr(n['contactPoint']).filter((c): c is Json => !!c && typeof c === 'object')];
    for (const c of points) {
      arr(c['email']).forEach((e) => add(v, 'email', String(e).replace(/^mailto:/i, '')));
      arr(c['telephone']).forEach((t) => add(v, 'phone', t));
    }
    [...arr(n['url']), ...arr(n['sameAs'])].forEach((u) => add(v, 'website', u));
    for (const a of arr(n['address'])) {
      if (typeof a === 'string') add(v, 'address', a);
      else if (a && typeof a === 'object') {
        const o = a as Json;
        add(v, 'street', o['streetAddress']);
        add(v, 'locality', o['addressLocality']);
        add(v, 'region', o['addressRegion']);
        add(v, 'postcode', o['postalCode']);
        add(v, 'country', o['addressCountry']);
      }
    }
  }
  return v;
}

const digitRuns = (text: string) => (text.match(/\+?\d[\d\s().\/-]{5,}\d/g) ?? []).map((run) => run.replace(/\D/g, ''));
const linkKey = (url: string) => url.toLowerCase().replace(/^[a-z]+:\/\/(www\.)?/, '').replace(/\/$/, '');

/**
 * README §4.3: an example's markup and its JSON-LD sometimes disagree (another phone number, a link that only the
 * JSON-LD has). An expected email, phone or link that the input does not contain at all is that label noise: no
 * engine could find it there. Returns those values.
 */
export function labelNoise(expected: Values, input: string): Values {
  const text = input.toLowerCase();
  const runs = digitRuns(input);
  const present: Partial<Record<Field, (v: string) => boolean>> = {
    email: (v) => text.includes(v.toLowerCase()),
    phone: (v) => {
      const digits = v.replace(/\D/g, '').slice(-7);
      return digits.length < 7 || runs.some((run) => run.includes(digits));
    },
    website: (v) => {
      const key = linkKey(v);
      return text.includes(key) || text.includes(key.slice(key.indexOf('/')));
    },
  };
  const noise: Values = {};
  for (const [field, isPresent] of Object.entries(present) as [Field, (v: string) => boolean][]) {
    const absent = (expected[field] ?? []).filter((v) => !isPresent(v));
    if (absent.length) noise[field] = absent;
  }
  return noise;
}

/** `expected` without the noise values; a field left without values is not scored. */
function withoutNoise(expected: Values, noise: Values): { expected: Values; fields: Field[] } {
  const kept = Object.fromEntries(
    Object.entries(expected)
      .map(([f, values]) => [f, values!.filter((v) => !noise[f as Field]?.includes(v))])
      .filter(([, values]) => values!.length),
  ) as Values;
  return { expected: kept, fields: Object.keys(kept) as Field[] };
}

const FILES: Record<string, string[]> = { plain: ['pre-markup.html'], annotated: ['microdata.html', 'rdfa.html'], jsonld: ['jsonld.html'] };

/** The schema.org examples of one tier. `strict` scores label noise (see `labelNoise`) as misses too. */
export function schemaorg(tier: 'plain' | 'annotated' | 'jsonld', options: { strict?: boolean } = {}): CorpusCase[] {
  const corpus = 'schemaorg-examples';
  return manifestCases(corpus).flatMap(({ case: id, files }) => {
    const expected = schemaExpected(JSON.parse(readCorpusText(corpus, files.find((f) => f.endsWith('expected.jsonld.json'))!)));
    const fields = Object.keys(expected) as Field[];
    const read = (f: string) => readCorpusText(corpus, files.find((x) => x.endsWith(`/${f}`))!);
    // Some examples are "JSON only": their microdata/RDFa sections hold no markup and are not annotated cases.
    const has = (f: string) => files.some((x) => x.endsWith(`/${f}`));
    const marked = (f: string) => has(f) && /\s(itemscope|typeof)\b/.test(read(f));
    const annotated = (f: string) => tier !== 'annotated' || marked(f);
    // Such an example's pre-markup is only a caption ("Police station example (JSON-LD only).") that disagrees with
    // the JSON-LD entirely: label noise per the README, scored apart so the realistic tier measures realistic input.
    const jsonOnly = !marked('microdata.html') && !marked('rdfa.html');
    const tierName = tier === 'plain' && jsonOnly ? 'schemaorg.plain.json-only' : `schemaorg.${tier}`;
    return FILES[tier]!.filter((f) => has(f) && annotated(f)).map((f) => {
      const html = read(f);
      const noise = options.strict ? {} : labelNoise(expected, html);
      const scored = Object.keys(noise).length ? withoutNoise(expected, noise) : { expected, fields };
      return {
        input: { kind: 'html' as const, html, url: 'https://example.com/' },
        scored: { id: `${id}/${f}`, tier: options.strict ? `${tierName}.strict` : tierName, ...scored, noise, ctx: { base: 'https://example.com/' } },
      };
    });
  });
}

interface MfItem {
  type: string[];
  properties: Record<string, unknown[]>;
  children?: MfItem[];
}

/**
 * The records a case can be scored against (README §4.4: "the first top-level h-card, or the best-matching one"):
 * one per h-card (or h-adr when there is no card) anywhere in the parse, each with only its own properties.
 */
export function microformatsCards(doc: { items: MfItem[] }, base: string): Values[] {
  const cards: MfItem[] = [];
  const isItem = (x: unknown): x is MfItem => !!x && typeof x === 'object' && Array.isArray((x as MfItem).type);
  const walk = (item: MfItem, depth: number) => {
    if (depth > 20) return;
    if (item.type.includes('h-card') || item.type.includes('h-adr')) cards.push(item);
    for (const values of Object.values(item.properties)) for (const x of values) if (isItem(x)) walk(x, depth + 1);
    for (const c of item.children ?? []) walk(c, depth + 1);
  };
  doc.items.forEach((i) => walk(i, 0));
  const withCard = cards.some((c) => c.type.includes('h-card')) ? cards.filter((c) => c.type.includes('h-card')) : cards;
  return withCard.map((c) => microformatsExpected({ items: [c] }, base, false)).filter((v) => Object.keys(v).length);
}

export function microformatsExpected(doc: { items: MfItem[] }, base: string, recurse = true): Values {
  const v: Values = {};
  const isItem = (x: unknown): x is MfItem => !!x && typeof x === 'object' && Array.isArray((x as MfItem).type);
  const val = (x: unknown) => (isItem(x) ? str((x as unknown as { value?: unknown }).value) ?? str(x.properties['name']?.[0]) : str(x));
  const visit = (item: MfItem, as: string) => {
    const p = item.properties;
    if (item.type.includes('h-card') && as !== 'org') {
      const name = val(p['name']?.[0]) ?? [val(p['given-name']?.[0]), val(p['family-name']?.[0])].filter(Boolean).join(' ');
      add(v, 'name', name);
      [...(p['job-title'] ?? []), ...(p['role'] ?? [])].forEach((t) => add(v, 'title', val(t)));
      (p['org'] ?? []).forEach((o) => add(v, 'company', val(o)));
      (p['email'] ?? []).forEach((e) => add(v, 'email', val(e)?.replace(/^mailto:/i, '')));
      (p['tel'] ?? []).forEach((t) => add(v, 'phone', val(t)));
      [...(p['url'] ?? []), ...(p['uid'] ?? [])].forEach((u) => add(v, 'website', new URL(val(u) ?? '', base).href));
    }
    if (item.type.includes('h-card') || item.type.includes('h-adr')) {
      const adrs = [item, ...(p['adr'] ?? []).filter(isItem)];
      for (const a of adrs) {
        const q = a.properties;
        add(v, 'street', val(q['street-address']?.[0]));
        add(v, 'locality', val(q['locality']?.[0]));
        add(v, 'region', val(q['region']?.[0]));
        add(v, 'postcode', val(q['postal-code']?.[0]));
        add(v, 'country', val(q['country-name']?.[0]));
      }
    }
    if (!recurse) return;
    for (const [key, values] of Object.entries(p)) for (const x of values) if (isItem(x)) visit(x, key);
    for (const c of item.children ?? []) visit(c, '');
  };
  doc.items.forEach((i) => visit(i, ''));
  return v;
}

export function microformats(): CorpusCase[] {
  const corpus = 'microformats-tests';
  return manifestCases(corpus).map(({ case: id, files }) => {
    const html = readCorpusText(corpus, files.find((f) => f.endsWith('.html'))!);
    const base = new URL(/<base\s+href="([^"]+)"/i.exec(html)?.[1] ?? 'http://example.com/', 'http://example.com/').href;
    const parsed = JSON.parse(readCorpusText(corpus, files.find((f) => f.endsWith('.json'))!)) as { items: MfItem[] };
    const expected = microformatsExpected(parsed, base);
    const alternatives = microformatsCards(parsed, base);
    return {
      input: { kind: 'html' as const, html, url: 'http://example.com/' },
      scored: { id, tier: id.split('/')[1]!, expected, fields: Object.keys(expected) as Field[], ctx: { base }, bestPair: alternatives },
    };
  });
}
