import type { CountryCode } from 'libphonenumber-js/core';
import type { Candidate } from './candidate.ts';
import { regionOfAddress } from './address.ts';
import { clean, uniq } from './clean.ts';
import { cleanName, splitName } from './names.ts';
import { canonicalUrl, companyFromEmail, normaliseEmail, normalisePhone } from './normalise.ts';

const MAX = { text: 500, list: 20 };

/** Normalises every candidate (E.164 phones, lower-case e-mails, canonical URLs, bounded text) and ranks them. */
export function finalise(candidates: Candidate[], region: CountryCode, pageUrl: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    // A number the page's region cannot read may be dialled where the candidate's own address is ("01423 567 890"
    // beside "Harrogate HG1 2RS" on a .com page in English).
    const own = c.address ? regionOfAddress(c.address) : undefined;
    const phone = (p: string) => {
      const v = normalisePhone(p, region);
      return v?.startsWith('+') || !own || own === region ? v : (normalisePhone(p, own) ?? v);
    };
    const n: Candidate = {
      ...c,
      emails: uniq(c.emails.map(normaliseEmail)).slice(0, MAX.list),
      phones: uniq(c.phones.map(phone)).slice(0, MAX.list),
      urls: uniq(c.urls.map((u) => (/^(mailto|tel):/i.test(u) ? undefined : (canonicalUrl(u, pageUrl || undefined) ?? (clean(u, 2048) || undefined))))).slice(0, MAX.list),
    };
    for (const f of ['name', 'givenName', 'familyName', 'title', 'company', 'registerId', 'vatId'] as const) {
      const v = clean(n[f], MAX.text);
      if (v) n[f] = v;
      else delete n[f];
    }
    if (n.kind === 'person' && n.name) {
      n.name = cleanName(n.name) || n.name;
      if (!n.givenName && !n.familyName) Object.assign(n, splitName(n.name));
    }
    if (n.address) {
      const a = Object.fromEntries(Object.entries(n.address).map(([k, v]) => [k, clean(v, MAX.text)]).filter(([, v]) => v));
      if (Object.keys(a).length) n.address = a;
      else delete n.address;
    }
    if (n.kind === 'person' && !n.company && n.emails[0]) {
      // A guess is not evidence: it is offered apart so the rep confirms it instead of saving it unseen.
      const guess = companyFromEmail(n.emails[0]);
      if (guess) {
        n.companyGuess = guess;
        n.sources = { ...n.sources, companyGuess: 'email-domain' };
      }
    }
    for (const k of Object.keys(n.sources)) {
      const v = (n as Record<string, unknown>)[k];
      if (v === undefined || (Array.isArray(v) && !v.length)) delete n.sources[k];
    }
    if (n.name || n.emails.length || n.phones.length || n.address || n.company) out.push(n);
  }
  // People first, then whoever has a name: a nameless card (a branch's address) is offered last.
  const rank = (c: Candidate) => (c.kind === 'person' ? 2 : 0) + (c.name || c.company ? 1 : 0);
  return out.sort((a, b) => rank(b) - rank(a) || b.confidence - a.confidence);
}
