import type { Candidate, CaptureSource } from './candidate.ts';
import { clean, uniq } from './clean.ts';
import { normaliseEmail } from './normalise.ts';
import { isOrgType, isPersonType, localType } from './schema-types.ts';

/** A schema.org item from any syntax (JSON-LD, microdata, RDFa): types and property values, local names only. */
export interface SchemaNode {
  types: string[];
  props: Map<string, SchemaValue[]>;
}
export type SchemaValue = string | SchemaNode;

const isNode = (v: SchemaValue | undefined): v is SchemaNode => typeof v === 'object' && v !== null;

export function first(node: SchemaNode, ...names: string[]): SchemaValue | undefined {
  for (const n of names) {
    const v = node.props.get(n)?.[0];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The text of a property: a string, or the `name` of a nested node. */
export function text(node: SchemaNode | undefined, ...names: string[]): string | undefined {
  if (!node) return undefined;
  for (const n of names) {
    for (const v of node.props.get(n) ?? []) {
      const s = isNode(v) ? text(v, 'name') : clean(v);
      if (s) return s;
    }
  }
  return undefined;
}

const all = (node: SchemaNode, name: string) => node.props.get(name) ?? [];
const strings = (node: SchemaNode, name: string) => all(node, name).filter((v): v is string => typeof v === 'string').map((v) => clean(v));

function nodeName(node: SchemaNode): string | undefined {
  return text(node, 'name', 'legalName', 'alternateName') ?? (uniq([text(node, 'givenName'), text(node, 'additionalName'), text(node, 'familyName')]).join(' ') || undefined);
}

function address(node: SchemaNode): Candidate['address'] {
  const a = first(node, 'address', 'location');
  if (typeof a === 'string') return clean(a) ? { full: clean(a) } : undefined;
  if (!isNode(a)) return undefined;
  const addr = a.types.some((t) => localType(t) === 'Place') && isNode(first(a, 'address')) ? (first(a, 'address') as SchemaNode) : a;
  const out = {
    street: text(addr, 'streetAddress'),
    locality: text(addr, 'addressLocality'),
    region: text(addr, 'addressRegion'),
    postcode: text(addr, 'postalCode'),
    country: text(addr, 'addressCountry'),
  };
  return Object.values(out).some(Boolean) ? out : undefined;
}

function contactValues(node: SchemaNode, prop: 'telephone' | 'email'): string[] {
  const points = all(node, 'contactPoint').filter(isNode);
  return [...strings(node, prop), ...points.flatMap((p) => strings(p, prop))];
}

function toCandidate(node: SchemaNode, kind: Candidate['kind'], source: CaptureSource, company?: string): Candidate {
  const name = nodeName(node);
  const c: Candidate = {
    kind,
    name,
    givenName: text(node, 'givenName'),
    familyName: text(node, 'familyName'),
    title: kind === 'person' ? text(node, 'jobTitle', 'roleName') : undefined,
    company: kind === 'person' ? (text(node, 'worksFor', 'affiliation', 'memberOf') ?? company) : name,
    emails: uniq(contactValues(node, 'email').map(normaliseEmail)),
    phones: uniq(contactValues(node, 'telephone')),
    urls: uniq([...strings(node, 'url'), ...strings(node, 'sameAs')]),
    address: address(node),
    confidence: 0.95,
    sources: {},
  };
  for (const [field, value] of Object.entries(c)) {
    if (value !== undefined && !(Array.isArray(value) && !value.length) && !['kind', 'confidence', 'sources'].includes(field)) c.sources[field] = source;
  }
  return c;
}

const ORG_MEMBER_PROPS = ['employee', 'employees', 'member', 'members', 'founder', 'founders', 'alumni'];

/** Person and organisation candidates from a forest of schema.org nodes (walks nested values, bounded). */
export function candidatesFromNodes(roots: SchemaNode[], source: CaptureSource): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<SchemaNode>();
  const stack: { node: SchemaNode; company?: string }[] = roots.map((node) => ({ node }));
  while (stack.length && seen.size < 2000) {
    const { node, company } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const person = node.types.some(isPersonType);
    const org = !person && node.types.some(isOrgType);
    if ((person || org) && nodeName(node)) out.push(toCandidate(node, person ? 'person' : 'organization', source, company));
    const orgName = org ? nodeName(node) : undefined;
    for (const [prop, values] of node.props) {
      for (const v of values) if (isNode(v)) stack.push({ node: v, company: orgName && ORG_MEMBER_PROPS.includes(prop) ? orgName : undefined });
    }
  }
  return out.reverse();
}
