import type { Candidate, CaptureSource } from './candidate.ts';
import { clean, uniq } from './clean.ts';
import { normaliseEmail } from './normalise.ts';
import { isOrgType, isPersonType, localType } from './schema-types.ts';
import { looksLikeName } from './names.ts';

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
      // A link's address is no name or title (microdata gives `<a itemprop="name" href="/">` its href).
      const s = isNode(v) ? text(v, 'name') : /^https?:/.test(v) ? '' : clean(v);
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

// Staff of an organisation are prospects in their own right; alumni, members or sponsors of a page's subject are not.
const STAFF_PROPS = /^(employee|founder)s?$/;
// What a review or a page is about: its people are the page's subject, beside the review's own author.
const SUBJECT_PROPS = /^(itemReviewed|about|mainEntity)$/;
const REPLY_TYPES = /^(Comment|UserComments|Answer)$/;
const typesOf = (node: SchemaNode) => [...node.types, ...strings(node, 'additionalType')];

/** "author": "Jane Doe" on an article or a collection: a person named as plain text. */
function textPeople(node: SchemaNode, source: CaptureSource): Candidate[] {
  const names = [...strings(node, 'author'), ...strings(node, 'creator')].filter((n) => looksLikeName(n));
  return uniq(names).map((name) => ({ kind: 'person', name, emails: [], phones: [], urls: [], confidence: 0.8, sources: { name: source } }));
}

/**
 * Person and organisation candidates from a forest of schema.org nodes: per root, the shallowest people and
 * organisations (the page's subject; wrappers such as an Event or a Reservation are walked through). What is nested
 * in them (a store's department, a band's members, a sponsor) describes the subject and is no prospect of its own,
 * except an organisation's staff. What a review or page is about (`itemReviewed`, `about`, `mainEntity`) is walked
 * on past its author: the maker of a reviewed product, the author of a checked claim. Breadth-first and bounded.
 */
export function candidatesFromNodes(roots: SchemaNode[], source: CaptureSource): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<SchemaNode>();
  // Readers' comments marked up beside the page's own subject (a post and its author) are replies, not prospects.
  const reply = (node: SchemaNode) => typesOf(node).some((t) => REPLY_TYPES.test(localType(t)));
  const subjects = roots.some((r) => !reply(r)) ? roots.filter((r) => !reply(r)) : roots;
  for (const root of subjects) {
    let level: { node: SchemaNode; company?: string; subject?: boolean }[] = [{ node: root }];
    for (let depth = 0; level.length && depth < 12 && seen.size < 2000; depth++) {
      const next: typeof level = [];
      let found = false;
      for (const { node, company, subject } of level) {
        if (seen.has(node)) continue;
        seen.add(node);
        const types = typesOf(node);
        const person = types.some(isPersonType);
        const org = !person && types.some(isOrgType);
        const name = person || org ? nodeName(node) : undefined;
        if (name) {
          out.push(toCandidate(node, person ? 'person' : 'organization', source, company));
          found = true;
        } else {
          const people = textPeople(node, source);
          out.push(...people);
          found ||= people.length > 0;
        }
        for (const [prop, values] of node.props) {
          for (const v of values) {
            if (!isNode(v)) continue;
            if (!name) next.push({ node: v, ...(subject || SUBJECT_PROPS.test(prop) ? { subject: true } : {}) });
            else if (org && STAFF_PROPS.test(prop) && v.types.some(isPersonType)) next.push({ node: v, company: name });
          }
        }
      }
      level = found ? next.filter((x) => x.company || x.subject) : next;
    }
  }
  return out;
}
