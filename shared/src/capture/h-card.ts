import type { Budget } from './budget.ts';
import { unlimited } from './budget.ts';
import type { Candidate } from './candidate.ts';
import { regionOfAddress } from './address.ts';
import { isOrgName } from './card.ts';
import { clean, uniq } from './clean.ts';
import { parseMicroformats, type MfItem, type MfValue } from './mf2.ts';
import { normaliseEmail } from './normalise.ts';
import { givenFirst } from './people.ts';

const str = (v: MfValue | undefined): string | undefined => (v === undefined ? undefined : typeof v === 'string' ? clean(v) || undefined : str(v.properties['name']?.[0]));
const prop = (item: MfItem, ...names: string[]) => {
  for (const n of names) {
    const v = str(item.properties[n]?.[0]);
    if (v) return v;
  }
  return undefined;
};
const strings = (item: MfItem, name: string) => (item.properties[name] ?? []).map(str).filter((s): s is string => !!s);

function address(item: MfItem): Candidate['address'] {
  const adr = item.properties['adr']?.find((v): v is MfItem => typeof v === 'object') ?? item;
  const out = {
    street: prop(adr, 'street-address'),
    locality: prop(adr, 'locality'),
    region: prop(adr, 'region'),
    postcode: prop(adr, 'postal-code'),
    country: prop(adr, 'country-name'),
    full: prop(item, 'label') ?? (typeof item.properties['adr']?.[0] === 'string' ? prop(item, 'adr') : undefined),
  };
  // The suite or floor is a field of its own in a card: it stays in the address as written, not in the street.
  const extended = prop(adr, 'extended-address');
  if (extended && !out.full) {
    const postcodeLast = ['US', 'CA', 'AU', 'GB', 'IE'].includes(regionOfAddress(out) ?? (out.region ? 'US' : 'DE'));
    const town = postcodeLast ? [out.locality, [out.region, out.postcode].filter(Boolean).join(' ')] : [[out.postcode, out.locality].filter(Boolean).join(' '), out.region];
    out.full = [out.street, extended, ...town, out.country].filter(Boolean).join(', ');
  }
  return Object.values(out).some(Boolean) ? out : undefined;
}

function toCandidate(item: MfItem): Candidate {
  const given = prop(item, 'given-name');
  const family = prop(item, 'family-name');
  const name = prop(item, 'name') ?? (uniq([prop(item, 'honorific-prefix'), given, prop(item, 'additional-name'), family]).join(' ') || undefined);
  const org = prop(item, 'org', 'organization-name');
  // A card named like a business ("Balise Collision Repair"), not after a person, is the business's own.
  const isOrg = !!name && ((!!org && name === org) || (!org && !givenFirst(name) && isOrgName(name)));
  const c: Candidate = {
    // A card without a name (a branch's address and phone) is no person.
    kind: isOrg || !item.type.includes('h-card') || !name ? 'organization' : 'person',
    name,
    givenName: given,
    familyName: family,
    // An organisation card may still carry a role: a résumé's job ("Director" at the card's organisation).
    title: prop(item, 'job-title', 'role'),
    company: org,
    emails: uniq(strings(item, 'email').map(normaliseEmail)),
    phones: uniq(strings(item, 'tel')),
    urls: uniq([...strings(item, 'url'), ...strings(item, 'uid')].filter((u) => !/^(mailto|tel):/i.test(u))),
    address: address(item),
    confidence: 0.9,
    sources: {},
  };
  for (const [k, v] of Object.entries(c)) if (v !== undefined && !(Array.isArray(v) && !v.length) && !['kind', 'confidence', 'sources'].includes(k)) c.sources[k] = 'h-card';
  return c;
}

/**
 * A card listing several jobs (org + job-title, paired in order) or addresses: the first is the card's own, each further
 * job is the same person at another organisation, each further address an address of theirs, for the rep to pick.
 */
function otherJobsAndAddresses(item: MfItem, card: Candidate): Candidate[] {
  const orgs = strings(item, 'org');
  const titles = [...strings(item, 'job-title'), ...strings(item, 'role')];
  const out: Candidate[] = [];
  for (let i = 1; i < Math.max(orgs.length, titles.length) && i < 10; i++) {
    if (!card.name || card.kind !== 'person' || (!orgs[i] && !titles[i])) continue;
    const job: Candidate = { kind: 'person', name: card.name, company: orgs[i], title: titles[i], emails: [], phones: [], urls: [], confidence: 0.6, sources: { name: 'h-card' } };
    if (job.company) job.sources['company'] = 'h-card';
    if (job.title) job.sources['title'] = 'h-card';
    out.push(job);
  }
  for (const adr of (item.properties['adr'] ?? []).slice(1, 10)) {
    const address = typeof adr === 'object' ? toCandidate(adr).address : undefined;
    if (address) out.push({ kind: 'organization', emails: [], phones: [], urls: [], address, confidence: 0.4, sources: { address: 'h-card' } });
  }
  return out;
}

/** Candidates from microformats: every h-card (v2 or classic vCard), and h-adr items as addresses. Org cards nested as `org` become the company. */
export function extractHCards(root: ParentNode, doc: Document | null, pageUrl: string, budget: Budget = unlimited): Candidate[] {
  const out: Candidate[] = [];
  const parsed = parseMicroformats(root, doc, pageUrl, budget);
  // Readers' cards in a post's comments are replies, not prospects, unless they are all the page has.
  const stack = parsed.some((i) => !i.inComments) ? parsed.filter((i) => !i.inComments) : parsed;
  let guard = 0;
  while (stack.length && guard++ < 1000) {
    const item = stack.shift()!;
    const isCard = item.type.includes('h-card');
    const asOrg = item.as.includes('org');
    if (isCard && !asOrg) {
      const card = toCandidate(item);
      // A card inside another one (an emergency contact, a résumé's reference) comes after the card it is part of.
      if (item.as.length) card.confidence = 0.7;
      out.push(card, ...otherJobsAndAddresses(item, card));
    }
    else if (item.type.includes('h-adr') && !item.as.includes('adr')) {
      const address = toCandidate(item).address;
      if (address) out.push({ kind: 'organization', emails: [], phones: [], urls: [], address, confidence: 0.5, sources: { address: 'h-card' } });
    }
    for (const values of Object.values(item.properties)) for (const v of values) if (typeof v === 'object') stack.push(v);
  }
  return out;
}
