import type { Budget } from './budget.ts';
import { unlimited } from './budget.ts';
import type { Candidate } from './candidate.ts';
import { clean } from './clean.ts';
import { resolveUrl, URL_ATTR } from './dom.ts';
import { candidatesFromNodes, type SchemaNode } from './schema-node.ts';
import { localType } from './schema-types.ts';

/** How one markup syntax names items, types and properties. */
interface Syntax {
  scope: (el: Element) => boolean;
  types: (el: Element) => string[];
  props: (el: Element) => string[];
  refs?: (el: Element, doc: Document | null) => Element[];
}

const CSS_ESCAPE = (s: string) => s.replace(/["\\]/g, '\\$&');
const split = (v: string | null) => (v ?? '').trim().split(/\s+/).filter(Boolean);

function propValue(el: Element, doc: Document | null, pageUrl: string): string {
  const tag = el.tagName.toUpperCase();
  const content = el.getAttribute('content');
  if (content !== null) return content;
  const resource = el.getAttribute('resource') ?? el.getAttribute('href') ?? null;
  const attr = URL_ATTR[tag];
  if (attr && el.getAttribute(attr) !== null) {
    const v = el.getAttribute(attr)!;
    return /^(mailto|tel):/i.test(v) ? v : resolveUrl(v, doc, pageUrl);
  }
  if (resource !== null && (el.hasAttribute('property') || el.hasAttribute('rel')) && !el.textContent?.trim()) return resolveUrl(resource, doc, pageUrl);
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? el.textContent ?? '';
  return clean(el.textContent, 1000);
}

function readItems(root: ParentNode, syntax: Syntax, selector: string, pageUrl: string, budget: Budget): SchemaNode[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const built = new Map<Element, SchemaNode>();
  const item = (scopeEl: Element): SchemaNode => {
    const existing = built.get(scopeEl);
    if (existing) return existing;
    const node: SchemaNode = { types: syntax.types(scopeEl), props: new Map() };
    built.set(scopeEl, node);
    const pending: Element[] = [...Array.from(scopeEl.children), ...(syntax.refs?.(scopeEl, doc) ?? [])];
    let steps = 0;
    // The clock is read every 16th step: reading it costs more than a step.
    while (pending.length && steps++ < 20_000 && ((steps & 15) !== 0 || !budget.expired())) {
      const el = pending.pop()!;
      const props = syntax.props(el);
      const nested = syntax.scope(el);
      if (props.length) {
        const value = nested ? item(el) : propValue(el, doc, pageUrl);
        for (const p of props) {
          const key = localType(p);
          const list = node.props.get(key) ?? [];
          list.unshift(value);
          node.props.set(key, list);
        }
      }
      if (!nested) pending.push(...Array.from(el.children));
    }
    return node;
  };
  const scopes = Array.from(root.querySelectorAll(selector)).slice(0, 500);
  // Top-level items: not the value of another item's property (an `itemprop` with no enclosing item counts as top-level).
  return scopes.filter((el) => !syntax.props(el).length || !el.parentElement?.closest(selector)).map(item);
}

const MICRODATA: Syntax = {
  scope: (el) => el.hasAttribute('itemscope'),
  types: (el) => split(el.getAttribute('itemtype')),
  props: (el) => split(el.getAttribute('itemprop')),
  refs: (el, doc) => split(el.getAttribute('itemref')).flatMap((id) => (doc?.getElementById(id) ? [doc.getElementById(id)!] : [])),
};

const RDFA: Syntax = {
  scope: (el) => el.hasAttribute('typeof'),
  types: (el) => split(el.getAttribute('typeof')),
  // `rel` names a property too when it points at a resource (`<div rel="url" resource="…">`).
  props: (el) => [...split(el.getAttribute('property')), ...(el.hasAttribute('resource') || el.hasAttribute('href') ? split(el.getAttribute('rel')) : [])],
  // RDFa copying: `<link property="rdfa:copy" href="#x">` pulls in the properties of the `rdfa:Pattern` named #x.
  refs: (el, doc) =>
    Array.from(el.querySelectorAll('[property="rdfa:copy" i][href^="#"]'))
      .slice(0, 10)
      .flatMap((link) => Array.from(doc?.querySelector(`[resource="${CSS_ESCAPE(link.getAttribute('href')!)}"]`)?.children ?? [])),
};

/** schema.org Person/Organization items in microdata (`itemscope`/`itemprop`), `itemref` followed. */
export function extractMicrodata(root: ParentNode, pageUrl = '', budget: Budget = unlimited): Candidate[] {
  return candidatesFromNodes(readItems(root, MICRODATA, '[itemscope]', pageUrl, budget), 'microdata');
}

/** schema.org Person/Organization items in RDFa Lite (`typeof`/`property`). */
export function extractRdfa(root: ParentNode, pageUrl = '', budget: Budget = unlimited): Candidate[] {
  return candidatesFromNodes(readItems(root, RDFA, '[typeof]', pageUrl, budget), 'rdfa');
}
