import type { Candidate } from './candidate.ts';
import type { Person } from '../model/person.ts';
import { normaliseEmail, normalisePhone, canonicalUrl } from './normalise.ts';

export type DuplicateReason = 'email' | 'profile-url' | 'phone' | 'name-company';
/** An existing person that the candidate probably is, and why. */
export interface DuplicateMatch {
  person: Person;
  reasons: DuplicateReason[];
}

const nameKey = (s: string | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((t) => t.length > 1)
    .sort()
    .join(' ');
const urlKey = (u: string) => (canonicalUrl(u) ?? u).replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
const phoneKey = (p: string) => (normalisePhone(p) ?? p).replace(/;ext=.*$/, '').replace(/\D/g, '').slice(-10);

/** Edit distance of two short strings (bounded: names are short). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const similarName = (a: string, b: string) => !!a && !!b && (a === b || (Math.min(a.length, b.length) >= 6 && distance(a, b) <= 2));
const sameCompany = (a?: string, b?: string) => !!a && !!b && nameKey(a).replace(/\b(inc|llc|ltd|gmbh|corp|bv|the)\b/g, '').trim() === nameKey(b).replace(/\b(inc|llc|ltd|gmbh|corp|bv|the)\b/g, '').trim();

/** A link to one person's page, not a site's home page: colleagues share their company's site. */
const isProfileKey = (key: string) => /\/[^/]/.test(key);

/** Whether the match is strong enough to offer merging as the first choice (a shared phone alone is not). */
export const isStrongMatch = (m: DuplicateMatch) => m.reasons.includes('email') || m.reasons.includes('profile-url');

/**
 * Existing people the candidate duplicates: same e-mail, same canonical profile URL, same phone (E.164), or a
 * similar name at the same company. A profile URL or a phone names a person only when the names do not
 * disagree: two colleagues share the switchboard number and the company's contact page. Strongest evidence first.
 */
export function findDuplicates(candidate: Candidate, existing: Person[]): DuplicateMatch[] {
  const emails = new Set(candidate.emails.map((e) => normaliseEmail(e) ?? e));
  const urls = new Set(candidate.urls.map(urlKey).filter(isProfileKey));
  const phones = new Set(candidate.phones.map(phoneKey).filter((p) => p.length >= 7));
  const name = nameKey(candidate.name);
  const out: DuplicateMatch[] = [];
  for (const person of existing) {
    if (person.deletedAt) continue;
    const reasons: DuplicateReason[] = [];
    if (person.emails.some((e) => emails.has(e.toLowerCase()))) reasons.push('email');
    const other = nameKey(person.name);
    const namesDisagree = !!name && !!other && !similarName(name, other);
    if (!namesDisagree && person.urls.some((u) => urls.has(urlKey(u)))) reasons.push('profile-url');
    if (!namesDisagree && person.phones.some((p) => phones.has(phoneKey(p)))) reasons.push('phone');
    if (similarName(name, other) && sameCompany(candidate.company ?? candidate.companyGuess, person.companyName)) reasons.push('name-company');
    if (reasons.length) out.push({ person, reasons });
  }
  const weight = (m: DuplicateMatch) => (m.reasons.includes('email') ? 8 : 0) + (m.reasons.includes('profile-url') ? 4 : 0) + (m.reasons.includes('phone') ? 2 : 0) + m.reasons.length;
  return out.sort((a, b) => weight(b) - weight(a));
}
