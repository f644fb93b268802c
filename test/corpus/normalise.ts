// Normalisation rules of the fixtures README, "Scoring" §3. Used on both sides of every comparison.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

/** Python's html.unescape for the entities that occur in the corpora (applied twice: webstruct holds `&amp;amp;`). */
export function unescapeHtml(s: string): string {
  const once = (t: string) =>
    t.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return once(once(s));
}

/** NFKC, unescape, collapse whitespace, trim surrounding punctuation, casefold. */
export function norm(s: string): string {
  return unescapeHtml(s.normalize('NFKC'))
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toLowerCase();
}

export const tokens = (s: string) => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Token-set F1 of two strings. */
export function tokenF1(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  if (!common) return 0;
  const p = common / A.size;
  const r = common / B.size;
  return (2 * p * r) / (p + r);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'jr', 'sr', 'phd', 'ph', 'd', 'ma', 'mba', 'esq', 'ii', 'iii', 'iv', 'md', 'cpa', 'me', 'herr', 'frau', 'dhr', 'mevr', 'ir', 'drs', 'mr.']);

/** A name as a token list: byline noise, "Last, First" order and honorifics removed. */
export function nameTokens(raw: string): string[] {
  let s = unescapeHtml(raw.normalize('NFKC')).split(/\n/)[0]!.trim();
  s = s.replace(/^(by|par|von|door|written by|edited by)\s+/i, '').replace(/\s*\(.*?\)\s*/g, ' ');
  s = s.replace(/,?\s*\b(ph\.?\s?d|jr|sr|m\.?d|m\.?a|mba|esq|cpa|ii|iii)\.?\s*$/i, '');
  const comma = s.split(',');
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) s = `${comma[1]} ${comma[0]}`;
  const t = tokens(s);
  while (t.length > 1 && HONORIFICS.has(t[0]!)) t.shift();
  while (t.length > 1 && HONORIFICS.has(t.at(-1)!)) t.pop();
  return t;
}

const LEGAL = new Set(['inc', 'llc', 'ltd', 'corp', 'co', 'gmbh', 's', 'a', 'sa', 'plc', 'llp', 'lp', 'pc', 'bv', 'nv', 'ag', 'limited', 'corporation', 'incorporated', 'company']);

export function companyTokens(raw: string): string[] {
  const t = tokens(raw.replace(/&/g, ' and '));
  if (t[0] === 'the' && t.length > 1) t.shift();
  while (t.length > 1 && LEGAL.has(t.at(-1)!)) t.pop();
  return t;
}

const TITLE_ABBR: Record<string, string> = { vp: 'vice president', sr: 'senior', mgr: 'manager', dir: 'director', svp: 'senior vice president', evp: 'executive vice president', asst: 'assistant', exec: 'executive', mktg: 'marketing', dept: 'department' };

export function titleTokens(raw: string): string[] {
  return tokens(raw).flatMap((t) => (TITLE_ABBR[t] ?? t).split(' ')).filter((t) => t !== 'and' && t !== 'of' && t !== 'the');
}

export function email(raw: string): string {
  return raw.trim().replace(/^mailto:/i, '').split('?')[0]!.trim().toLowerCase();
}

/** Digits to compare two phone numbers: the national significant number, else the last 10 digits. Extension dropped. */
export function phoneKey(raw: string, region: CountryCode = 'US'): string {
  const s = unescapeHtml(raw).replace(/(?:ext\.?|x|extension|#)\s*\d{1,6}\s*$/i, '').replace(/[^\d+]/g, '');
  const parsed = parsePhoneNumberFromString(s, region);
  if (parsed?.isValid()) return parsed.nationalNumber;
  return s.replace(/\D/g, '').slice(-10);
}

/** Website comparison key: host lowercased, scheme, `www.` and trailing slash dropped. */
export function urlKey(raw: string, base?: string): string {
  let s = raw.trim();
  try {
    s = new URL(s, base).href;
  } catch {
    // keep the raw text
  }
  return s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').replace(/^[^/]+/, (h) => h.toLowerCase());
}
