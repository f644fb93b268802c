import type { Candidate } from './candidate.ts';
import { cleanValue } from './clean.ts';
import type { Line } from './dom.ts';
import { cleanName, looksLikeName, splitName } from './names.ts';
import { looksLikeTitle } from './titles.ts';
import { isGivenName } from './given-names.ts';

const SPLIT = /^(.{4,60}?)\s*(?:,|\s[-–—|]\s|\s[-–—|]|:|\s\/\s|\()\s*(.{2,90}?)\)?$/;
const LABELLED = /^(.{2,40}?)\s*[:]\s*(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|Dhr|Mevr)\.?\s+)?(.{4,60})$/;

export function personCandidate(name: string, title: string | undefined, source: Candidate['sources'][string], confidence: number): Candidate {
  const n = cleanName(name);
  const c: Candidate = { kind: 'person', name: n, ...splitName(n), emails: [], phones: [], urls: [], confidence, sources: { name: source } };
  if (title) {
    c.title = cleanValue(title, 120);
    c.sources['title'] = source;
  }
  return c;
}

/**
 * People named in page text: "Name, Title" on one line, a name line next to a title line (team pages list several),
 * or "Title: Name" ("Geschäftsführer: Max Muster"). Each person keeps their own title.
 */
export function findPeople(lines: Line[], source: Candidate['sources'][string] = 'team'): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (name: string, title: string | undefined, conf: number) => {
    const key = cleanName(name).toLowerCase();
    if (seen.has(key) || out.length >= 100) return;
    seen.add(key);
    out.push(personCandidate(name, title, source, conf));
  };
  const texts = lines.map((l) => asName(l.text));
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (t.length > 160) continue;
    const isName = looksLikeName(t);
    const fused = isName ? undefined : nameThenTitle(t);
    if (fused) {
      push(fused[0], fused[1], 0.6);
      continue;
    }
    if (isName) {
      const next = texts[i + 1];
      const prev = texts[i - 1];
      if (next && looksLikeTitle(next) && !looksLikeName(next)) push(t, next, 0.7);
      else if (prev && looksLikeTitle(prev) && !looksLikeName(prev) && !(texts[i - 2] && looksLikeName(texts[i - 2]!))) push(t, prev, 0.6);
      // Alone, without a title beside it, a name needs a known given name ("Case Studies" is no person).
      // A name on a line of its own: a heading, or any line when it starts with a known given name.
      else if (t.split(/\s+/).length <= 4 && givenFirst(t)) push(t, undefined, isHeading(lines[i]!.block) ? 0.5 : 0.4);
      continue;
    }
    if (t.length > 150 || !/[,\-–—|:/(]/.test(t)) continue;
    const split = SPLIT.exec(t);
    if (split && looksLikeName(split[1]!) && looksLikeTitle(split[2]!)) {
      push(split[1]!, split[2]!, 0.7);
      continue;
    }
    const labelled = LABELLED.exec(t);
    if (labelled && looksLikeTitle(labelled[1]!) && looksLikeName(labelled[2]!)) push(labelled[2]!, labelled[1]!, 0.7);
  }
  return out;
}

const givenFirst = (t: string) => isGivenName(cleanName(t).split(/\s+/)[0] ?? '');
const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());

/**
 * A line as a name candidate: "MICHAEL UPWARD" → "Michael Upward" when it starts with a known given name, and
 * "David Benson David Benson" (an image's alt text beside the caption) → "David Benson".
 */
function asName(text: string): string {
  let t = text;
  const half = t.length >> 1;
  if (t.length > 8 && t[half] === ' ' && t.slice(0, half) === t.slice(half + 1)) t = t.slice(0, half);
  if (t.length <= 60 && /^\p{Lu}{2}/u.test(t) && t === t.toUpperCase() && givenFirst(titleCase(t))) t = titleCase(t);
  return t;
}

/** "Mary Kawelaske Scheduling Coordinator": a known given name, the rest of a name, then a title, with no separator. */
function nameThenTitle(t: string): [string, string] | undefined {
  const first = /^\S+/.exec(t)?.[0];
  if (!first || !isGivenName(first)) return undefined;
  const tokens = t.split(/\s+/);
  if (tokens.length < 3 || tokens.length > 10) return undefined;
  for (let k = Math.min(4, tokens.length - 1); k >= 2; k--) {
    const name = tokens.slice(0, k).join(' ');
    const title = tokens.slice(k).join(' ');
    if (looksLikeName(name) && looksLikeTitle(title) && !looksLikeName(title)) return [name, title];
  }
  return undefined;
}

function isHeading(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return /^H[2-6]$/.test(tag) || ((tag === 'P' || tag === 'DIV' || tag === 'TD' || tag === 'LI') && el.children.length === 1 && /^(STRONG|B)$/i.test(el.children[0]!.tagName) && el.children[0]!.textContent?.trim() === el.textContent?.trim());
}
