import type { Candidate } from './candidate.ts';
import { uniq } from './clean.ts';

const key = (c: Candidate) => (c.name ? `${c.kind}:${c.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}` : undefined);

const companyKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Folds candidates naming the same person/organisation into one; earlier (more structured) sources win per field. */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const k = key(c);
    const into = k ? byKey.get(k) : undefined;
    // The same person at two organisations is two jobs to pick from, not one record.
    if (into && into.company && c.company && companyKey(into.company) !== companyKey(c.company)) {
      out.push(c);
      continue;
    }
    if (!into) {
      out.push(c);
      if (k) byKey.set(k, c);
      continue;
    }
    for (const f of ['givenName', 'familyName', 'title', 'company', 'address', 'registerId', 'vatId'] as const) {
      if (!into[f] && c[f]) {
        (into as Record<string, unknown>)[f] = c[f];
        if (c.sources[f]) into.sources[f] = c.sources[f]!;
      }
    }
    for (const f of ['emails', 'phones', 'urls'] as const) into[f] = uniq([...into[f], ...c[f]]);
    into.confidence = Math.max(into.confidence, c.confidence);
  }
  return out;
}
