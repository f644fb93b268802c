// A small microformats2 parser (with the classic hCard/adr vocabulary mapped onto it), enough for h-card and
// h-adr: properties, nested items, value-class pattern, implied name/url, `include`. It is bounded and iterative.
import type { Budget } from './budget.ts';
import { clean } from './clean.ts';
import { resolveUrl, URL_ATTR } from './dom.ts';

export interface MfItem {
  type: string[];
  properties: Record<string, MfValue[]>;
  /** The property names under which this item is nested in its parent (empty for roots). */
  as: string[];
  /** It sits in a page's comments (a reader's card under a post), not in the page's own content. */
  inComments?: boolean;
}
export type MfValue = string | MfItem;

// Classic roots and their mf2 types: "vcard" is h-card, "hentry" h-entry, "vevent" h-event; "adr" is h-adr.
const CLASSIC_ROOTS = 'vcard adr hentry hreview vevent hresume hnews hproduct hreview-aggregate'.split(' ');
const classicRoot = (c: string) => (c === 'adr' ? 'h-adr' : `h-${c.slice(1)}`);
// Classic property classes carry their mf2 name, but for `fn` and `title`; these few are URLs.
const CLASSIC_PROPS = new Set(
  ('fn n given-name family-name additional-name honorific-prefix honorific-suffix nickname org organization-name title role email tel url uid photo ' +
    'logo adr street-address extended-address locality region postal-code country-name label author reviewer contact experience affiliation attendee agent').split(' '),
);
const classicProp = (c: string) =>
  c === 'fn' ? 'p-name' : c === 'title' ? 'p-job-title' : /^(email|url|uid|photo|logo)$/.test(c) ? `u-${c}` : `p-${c}`;

// Where blogs put their readers' comments (WordPress's comment list, mf2's p-comment).
const COMMENTS = '#comments, .comments, .comment, .comment-list, .commentlist, .p-comment';
const INCLUDE = '.include[href^="#"], .include[data^="#"], [itemref]';
const classes = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
const V2_ROOT = /^h-[a-z0-9]+(-[a-z]+)*$/;
const V2_PROP = /^(p|u|dt|e)-[a-z0-9]+(-[a-z]+)*$/;

function rootTypes(el: Element): string[] {
  const cls = classes(el);
  const v2 = cls.filter((c) => V2_ROOT.test(c));
  return v2.length ? v2 : cls.filter((c) => CLASSIC_ROOTS.includes(c)).map(classicRoot);
}

function propClasses(el: Element, classic: boolean): string[] {
  const cls = classes(el);
  const v2 = cls.filter((c) => V2_PROP.test(c));
  return classic ? cls.filter((c) => CLASSIC_PROPS.has(c)).map(classicProp) : v2;
}

/** The element's text as mf2 parsers read it: without the contents of `<script>` and `<style>`. */
const text = (el: Element) => {
  let raw = el.textContent ?? '';
  if (el.querySelector('script, style')) for (const s of Array.from(el.querySelectorAll('script, style'))) raw = raw.replace(s.textContent ?? '', ' ');
  return clean(raw.replace(/\s+/g, ' '), 1000);
};

function valueClass(el: Element): string | undefined {
  const parts = Array.from(el.querySelectorAll('.value, .value-title')).filter((v) => !v.parentElement?.closest('.value') || v.parentElement === el);
  if (!parts.length) return undefined;
  return parts.map((v) => (v.classList.contains('value-title') ? v.getAttribute('title') ?? '' : v.getAttribute('title') && v.tagName === 'ABBR' ? v.getAttribute('title')! : text(v))).join('');
}

function pValue(el: Element): string {
  const vc = valueClass(el);
  if (vc !== undefined) return vc;
  const tag = el.tagName.toUpperCase();
  if ((tag === 'ABBR' || tag === 'LINK') && el.getAttribute('title')) return el.getAttribute('title')!;
  if ((tag === 'DATA' || tag === 'INPUT') && el.getAttribute('value')) return el.getAttribute('value')!;
  if ((tag === 'IMG' || tag === 'AREA') && el.getAttribute('alt') !== null) return el.getAttribute('alt')!;
  return text(el);
}

function uValue(el: Element, doc: Document | null, base: string): string {
  const tag = el.tagName.toUpperCase();
  const attr = URL_ATTR[tag];
  const raw = attr ? el.getAttribute(attr) : null;
  if (raw !== null) return /^(mailto|tel|sms):/i.test(raw) ? raw : resolveUrl(raw, doc, base);
  return valueClass(el) ?? (tag === 'ABBR' ? el.getAttribute('title') ?? text(el) : tag === 'DATA' ? el.getAttribute('value') ?? text(el) : text(el));
}

function implied(el: Element, item: MfItem, doc: Document | null, base: string, explicitText: boolean, explicitUrl: boolean) {
  const p = item.properties;
  const only = (e: Element) => (e.children.length === 1 ? e.children[0]! : undefined);
  if (!p['name'] && !explicitText) {
    const tag = el.tagName.toUpperCase();
    const child = only(el);
    const grand = child && only(child);
    const alt = (e?: Element) => (e && /^(IMG|AREA)$/i.test(e.tagName) ? e.getAttribute('alt') : e && e.tagName.toUpperCase() === 'ABBR' ? e.getAttribute('title') : null);
    p['name'] = [clean(alt(el) ?? (tag === 'ABBR' ? null : alt(child)) ?? alt(grand) ?? text(el))];
    if (tag === 'A' || tag === 'AREA') {
      if (!p['url'] && el.getAttribute('href') !== null) p['url'] = [resolveUrl(el.getAttribute('href')!, doc, base)];
    }
  }
  if (!p['url'] && !explicitUrl) {
    const a = [only(el), only(only(el) ?? el)].find((e) => e && /^(A|AREA)$/i.test(e.tagName) && e.getAttribute('href') !== null && !rootTypes(e).length);
    if (a) p['url'] = [resolveUrl(a.getAttribute('href')!, doc, base)];
  }
}

/**
 * Elements that may be microformat roots, in document order (rootTypes() decides). In Chromium one attribute-substring
 * selector plus class look-ups is several times cheaper than a selector list or reading every element's class from script.
 */
function rootCandidates(root: ParentNode): Element[] {
  const found = new Set<Element>(Array.from(root.querySelectorAll('[class*="h-"]')));
  const byClass = (c: string) => ('getElementsByClassName' in root ? (root as Element).getElementsByClassName(c) : root.querySelectorAll(`.${c}`));
  let extra = false;
  for (const c of CLASSIC_ROOTS) {
    for (const el of Array.from(byClass(c))) {
      if (!found.has(el)) extra = true;
      found.add(el);
    }
  }
  const all = Array.from(found);
  return extra ? all.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)) : all;
}

/** Every h-card / h-adr / other microformat root under `root` (classic markup included), nested items linked. */
export function parseMicroformats(root: ParentNode, doc: Document | null, base: string, budget: Budget): MfItem[] {
  const roots: MfItem[] = [];
  const parse = (el: Element, as: string[], depth: number): MfItem => {
    const type = rootTypes(el);
    const classic = !classes(el).some((c) => V2_ROOT.test(c));
    const item: MfItem = { type, properties: {}, as };
    if (el.closest(COMMENTS)) item.inComments = true;
    const add = (name: string, v: MfValue) => (item.properties[name] ??= []).push(v);
    const pending: Element[] = Array.from(el.children).reverse();
    // The include pattern may sit on the root itself (`<div class="vcard" itemref="org adr">`) or inside it.
    const includes = [...(el.matches(INCLUDE) ? [el] : []), ...Array.from(el.querySelectorAll(INCLUDE))];
    for (const inc of includes.slice(0, 10)) {
      for (const id of (inc.getAttribute('href') ?? inc.getAttribute('data') ?? inc.getAttribute('itemref') ?? '').replace(/#/g, '').split(/\s+/)) {
        const target = id ? doc?.getElementById(id) : null;
        if (target && !target.contains(el)) pending.unshift(target);
      }
    }
    let steps = 0;
    let explicitText = false;
    let explicitUrl = false;
    // The clock is read every 16th step: reading it costs more than a step.
    while (pending.length && steps++ < 5000 && ((steps & 15) !== 0 || !budget.expired())) {
      const child = pending.pop()!;
      const props = propClasses(child, classic);
      const nested = depth < 8 && rootTypes(child).length ? parse(child, props.map((p) => p.replace(/^\w+-/, '')), depth + 1) : undefined;
      for (const prop of props) {
        const [prefix, name] = [prop.slice(0, prop.indexOf('-')), prop.slice(prop.indexOf('-') + 1)];
        if (prefix === 'p' || prefix === 'e' || nested) explicitText = true;
        if (prefix === 'u' || nested) explicitUrl = true;
        if (nested) add(name, nested);
        else if (prefix === 'u') add(name, uValue(child, doc, base));
        else if (prefix === 'dt') add(name, child.getAttribute('datetime') ?? pValue(child));
        else add(name, pValue(child));
      }
      if (nested && !props.length) {
        explicitText = explicitUrl = true;
        roots.push(nested);
      }
      if (!nested) pending.push(...Array.from(child.children).reverse());
    }
    implied(el, item, doc, base, explicitText, explicitUrl);
    return item;
  };
  const all = rootCandidates(root);
  for (let i = 0; i < all.length && i < 5_000; i++) {
    const el = all[i]!;
    if ((i & 15) === 0 && budget.expired()) break;
    if (!rootTypes(el).length) continue;
    let p = el.parentElement;
    while (p && !rootTypes(p).length) p = p.parentElement;
    if (!p) roots.push(parse(el, [], 0));
  }
  return roots;
}
