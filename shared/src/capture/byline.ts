import { clean } from './clean.ts';
import type { PageMeta } from './meta.ts';
import { cleanName, looksLikeName } from './names.ts';

// Strongest first: an explicit author link or property, then byline-ish classes, then <address>. Case-sensitive
// attribute selectors keep Chromium's fast path (an `i` flag costs 1–4 ms on a large page).
// Each selector in a list costs another pass in Chromium: "yline"/"uthor" match both spellings and a test keeps
// exactly the elements of the original selectors.
const cls = (el: Element) => el.getAttribute('class') ?? '';
const SELECTORS: [string, ((el: Element) => boolean)?][] = [
  ['[rel~="author"], [itemprop~="author"] [itemprop="name"], [itemprop~="author"]'],
  ['[class*="yline"], [id*="byline"]', (el) => /byline|Byline/.test(cls(el)) || (el.getAttribute('id') ?? '').includes('byline')],
  ['[class*="uthor"]', (el) => /author|Author/.test(cls(el))],
  ['address'],
];
const LEAD = /^\s*(?:(?:written|posted|edited|reported|text|story)\s+)?(?:by|von|par|door|por|di|av)\b[:\s]*/i;
const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());

/** The person named at the start of a byline: "By Nathan Willis March 25, 2015" → "Nathan Willis"; ALL CAPS allowed. */
export function nameFromByline(text: string): string | undefined {
  const line = text.split(/\n|\||·|•| - | — /).find((l) => l.trim()) ?? '';
  const first = clean(line.replace(LEAD, ''), 120).split(/\s*,\s*|\s+(?:and|und|en|et|&)\s+/)[0] ?? '';
  const tokens = first.split(/\s+/).slice(0, 5);
  for (let k = tokens.length; k >= 2; k--) {
    const t = tokens.slice(0, k).join(' ');
    const name = t === t.toUpperCase() && /\p{Lu}{2}/u.test(t) ? titleCase(t) : t;
    if (looksLikeName(name)) return cleanName(name);
  }
  return undefined;
}

/** The page's author: a person-like meta author, else the first byline element that starts with a name. */
export function findAuthor(doc: Document, meta: PageMeta): { name: string; fromMeta: boolean } | undefined {
  if (meta.author && looksLikeName(cleanName(meta.author))) return { name: cleanName(meta.author), fromMeta: true };
  for (const [selector, keep] of SELECTORS) {
    const found = Array.from(doc.querySelectorAll(selector));
    for (const el of (keep ? found.filter(keep) : found).slice(0, 20)) {
      // A byline is a short run of text; a container with many children (a whole author box or sidebar) is not.
      if (el.childElementCount > 8) continue;
      const name = nameFromByline(el.textContent ?? '');
      if (name) return { name, fromMeta: false };
    }
  }
  if (meta.author && /^[^\p{Script=Latin}\d]{2,10}$/u.test(meta.author)) return { name: meta.author, fromMeta: true };
  return undefined;
}
