// Field matchers of the fixtures README, "Scoring" §3.
import type { CountryCode } from 'libphonenumber-js/min';
import { regionCode } from '@pipeclip/shared/capture';
import { companyTokens, email, nameTokens, norm, phoneKey, titleTokens, tokenF1, tokens, urlKey } from './normalise.ts';

export const FIELDS = ['name', 'title', 'company', 'email', 'phone', 'website', 'street', 'locality', 'region', 'postcode', 'country', 'address'] as const;
export type Field = (typeof FIELDS)[number];
export const ADDRESS_PARTS: Field[] = ['street', 'locality', 'region', 'postcode', 'country', 'address'];

export interface MatchContext {
  base?: string;
  region?: CountryCode;
}

const squash = (s: string) => norm(s).replace(/\s+/g, '');

function textEqual(a: string, b: string): boolean {
  return norm(a) === norm(b) || (squash(a) !== '' && squash(a) === squash(b));
}

/** ≤ 1 missing middle token or initial still counts (partial credit rule). */
export function nameMatch(a: string, b: string): boolean {
  const A = nameTokens(a);
  const B = nameTokens(b);
  if (!A.length || !B.length) return false;
  if (A.join(' ') === B.join(' ') || A.join('') === B.join('')) return true;
  const sa = new Set(A);
  const sb = new Set(B);
  if (sa.size === sb.size && [...sa].every((t) => sb.has(t))) return true;
  const [long, short] = A.length >= B.length ? [A, B] : [B, A];
  if (short.length < 2 || long.length - short.length > 1) return false;
  if (long[0] !== short[0] || long.at(-1) !== short.at(-1)) return false;
  const missing = long.filter((t) => !short.includes(t));
  return missing.length <= 1 && short.every((t) => long.includes(t));
}

const COUNTRIES: Record<string, string> = { us: 'usa', 'united states': 'usa', 'united states of america': 'usa', 'u s a': 'usa', 'u s': 'usa', uk: 'united kingdom', 'great britain': 'united kingdom', gb: 'united kingdom', deutschland: 'germany', de: 'germany', nederland: 'netherlands', nl: 'netherlands', 'the netherlands': 'netherlands', ca: 'canada' };
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
/** A country as one comparable name: ISO codes ("AT") and common variants ("U.S.A.") become the English name. */
const country = (s: string) => {
  const n = tokens(s).join(' ');
  if (COUNTRIES[n]) return COUNTRIES[n];
  if (/^[a-z]{2}$/.test(n)) {
    try {
      const name = tokens(REGION_NAMES.of(n.toUpperCase()) ?? n).join(' ');
      return COUNTRIES[name] ?? name;
    } catch {
      return n;
    }
  }
  return n;
};

/** Does a predicted value match an expected one for this field? */
export function matches(field: Field, predicted: string, expected: string, ctx: MatchContext = {}): boolean {
  switch (field) {
    case 'name':
      return nameMatch(predicted, expected);
    case 'title':
      return textEqual(predicted, expected) || tokenF1(titleTokens(predicted), titleTokens(expected)) >= 0.8;
    case 'company':
      return textEqual(predicted, expected) || tokenF1(companyTokens(predicted), companyTokens(expected)) >= 0.8;
    case 'email':
      return email(predicted) === email(expected);
    case 'phone': {
      const a = phoneKey(predicted, ctx.region);
      return a.length >= 7 && a === phoneKey(expected, ctx.region);
    }
    case 'website':
      return urlKey(predicted, ctx.base) === urlKey(expected, ctx.base);
    case 'postcode':
      return squash(predicted) === squash(expected);
    case 'region': {
      const a = regionCode(predicted);
      return textEqual(predicted, expected) || (!!a && a === regionCode(expected));
    }
    case 'country':
      return country(predicted) === country(expected);
    case 'street':
      return textEqual(predicted, expected) || tokenF1(tokens(predicted), tokens(expected)) >= 0.8;
    case 'locality':
      return textEqual(predicted, expected);
    case 'address':
      return tokenF1(tokens(predicted), tokens(expected)) >= 0.6;
  }
}
