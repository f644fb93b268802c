import type { Candidate } from './candidate.ts';

const PERSON = /^(schema:)?Person$/;
const ORG = /^(schema:)?(Organization|LocalBusiness|Corporation|[A-Za-z]*Business|Store|Restaurant)$/;

type Node = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && typeof (v as Node)['name'] === 'string') return str((v as Node)['name']);
  return undefined;
};
const types = (node: Node) => asArray(node['@type']).filter((t): t is string => typeof t === 'string');

/** Every object node in a JSON-LD document, including `@graph` members and nested values. */
function* walk(value: unknown, depth = 0): Generator<Node> {
  if (depth > 20 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item, depth + 1);
    return;
  }
  const node = value as Node;
  yield node;
  for (const child of Object.values(node)) yield* walk(child, depth + 1);
}

function toCandidate(node: Node, kind: Candidate['kind']): Candidate {
  const org = kind === 'person' ? str(node['worksFor']) ?? str(node['affiliation']) : undefined;
  const address = asArray(node['address'])[0];
  const addr = address && typeof address === 'object' ? (address as Node) : undefined;
  const contactPhones = asArray(node['contactPoint']).map((c) => (c && typeof c === 'object' ? str((c as Node)['telephone']) : undefined));
  const candidate: Candidate = {
    kind,
    name: str(node['name']) ?? ([str(node['givenName']), str(node['familyName'])].filter(Boolean).join(' ') || undefined),
    givenName: str(node['givenName']),
    familyName: str(node['familyName']),
    title: kind === 'person' ? str(node['jobTitle']) : undefined,
    company: org,
    emails: asArray(node['email']).map(str).filter((e): e is string => !!e).map((e) => e.replace(/^mailto:/i, '').toLowerCase()),
    phones: [...asArray(node['telephone']).map(str), ...contactPhones].filter((p): p is string => !!p),
    urls: [...asArray(node['url']), ...asArray(node['sameAs'])].map(str).filter((u): u is string => !!u),
    address: addr
      ? {
          street: str(addr['streetAddress']),
          locality: str(addr['addressLocality']),
          region: str(addr['addressRegion']),
          postcode: str(addr['postalCode']),
          country: str(addr['addressCountry']),
        }
      : typeof address === 'string'
        ? { full: address }
        : undefined,
    confidence: 0.95,
    sources: {},
  };
  for (const [field, value] of Object.entries(candidate)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0) && field !== 'kind' && field !== 'confidence' && field !== 'sources') {
      candidate.sources[field] = 'json-ld';
    }
  }
  return candidate;
}

/** schema.org Person and Organization nodes from `<script type="application/ld+json">` blocks. Malformed blocks are skipped. */
export function extractJsonLd(root: ParentNode): Candidate[] {
  const out: Candidate[] = [];
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json" i]'))) {
    let doc: unknown;
    try {
      doc = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of walk(doc)) {
      const t = types(node);
      if (t.some((x) => PERSON.test(x))) out.push(toCandidate(node, 'person'));
      else if (t.some((x) => ORG.test(x))) out.push(toCandidate(node, 'organization'));
    }
  }
  return out.filter((c) => c.name);
}
