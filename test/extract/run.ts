// Runs the shared capture engine in Node on one file, as the extension would on a page or a message.
import { parseHTML } from 'linkedom';
import { candidatesFromMessage, extractCandidates, parseMessage, type Candidate } from '@pipeclip/shared/capture';

/** One candidate in the CLI's JSON shape. */
export interface CliCandidate {
  name?: string;
  title?: string;
  company?: string;
  emails?: string[];
  phones?: string[];
  urls?: string[];
  address?: Candidate['address'];
  confidence?: number;
  source?: string;
}

// Markup, or the heading of a short fragment, names the organisation the page is about.
const PROSPECT_SOURCES = new Set(['json-ld', 'microdata', 'rdfa', 'h-card', 'text']);

/**
 * One candidate in the CLI shape. An organisation's name is printed as `company`; it is also its `name` only when it
 * is the prospect itself: declared by the page's own markup (or heading a short fragment) and no person is named.
 */
export function toCli(c: Candidate, all: Candidate[] = [c]): CliCandidate {
  const out: CliCandidate = {};
  // Among h-cards a card's name is its name whatever it describes (a reviewer's card and the reviewed restaurant's, a
  // résumé's person and the organisations of their jobs); beside people found in text it is the page's own company.
  const people = all.filter((o) => o.kind === 'person');
  const named = people.filter((p) => p.name);
  const amongCards = c.sources['name'] === 'h-card' && named.length > 0 && named.every((p) => p.sources['name'] === 'h-card');
  const orgIsProspect = c.kind === 'organization' && PROSPECT_SOURCES.has(c.sources['name'] ?? '') && (amongCards || !people.length);
  if (c.name && (c.kind === 'person' || orgIsProspect)) out.name = c.name;
  if (c.title) out.title = c.title;
  const company = c.company ?? (c.kind === 'organization' ? c.name : undefined);
  if (company) out.company = company;
  if (c.emails.length) out.emails = c.emails;
  if (c.phones.length) out.phones = c.phones;
  if (c.urls.length) out.urls = c.urls;
  if (c.address && Object.values(c.address).some(Boolean)) out.address = c.address;
  out.confidence = Math.round(c.confidence * 100) / 100;
  const source = c.sources['name'] ?? Object.values(c.sources)[0];
  if (source) out.source = source;
  return out;
}

/** Builds a DOM in Node. linkedom needs a full document to expose `documentElement`. */
export function parseDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(full).document as unknown as Document;
  lowerCaseAttributes(doc);
  fixStrayNodes(doc);
  return doc;
}

const HEAD_TAGS = new Set(['META', 'LINK', 'TITLE', 'BASE', 'STYLE']);

/**
 * linkedom does not repair a tree the way a browser does: markup between `</head>` and `<body>` (a stray `<meta>`)
 * makes it open an empty `<body>` and keep the real one as a second element. Move such nodes where a browser puts them.
 */
function fixStrayNodes(doc: Document) {
  const html = doc.documentElement;
  const body = doc.body;
  if (!html || !body) return;
  for (const node of Array.from(html.childNodes)) {
    if (node === body || node === doc.head) continue;
    const el = node.nodeType === 1 ? (node as Element) : undefined;
    if (el?.nodeName === 'BODY') {
      for (const { name, value } of Array.from(el.attributes)) if (!body.hasAttribute(name)) body.setAttribute(name, value);
      body.append(...Array.from(el.childNodes));
      el.remove();
    } else if (el && HEAD_TAGS.has(el.nodeName) && doc.head) doc.head.append(el);
    else if (el || node.textContent?.trim()) body.append(node);
  }
}

/** Browsers lower-case HTML attribute names while parsing (`typeOf` → `typeof`); linkedom keeps them as written. */
function lowerCaseAttributes(doc: Document) {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      if (name === name.toLowerCase()) continue;
      el.removeAttribute(name);
      if (!el.hasAttribute(name.toLowerCase())) el.setAttribute(name.toLowerCase(), value);
    }
  }
}

export function extractFromDocument(doc: Document, url = ''): CliCandidate[] {
  return extractCandidates(doc, url, { budgetMs: 2000 }).candidates.map((c, _, all) => toCli(c, all));
}

export function extractFromHtml(html: string, url = '', prepare?: (doc: Document) => void): CliCandidate[] {
  const doc = parseDocument(html);
  prepare?.(doc);
  return extractFromDocument(doc, url);
}

/** A raw message (RFC 822 with headers, or a bare body). */
export async function extractFromMessage(raw: string | Uint8Array): Promise<CliCandidate[]> {
  return candidatesFromMessage(await parseMessage(raw)).map((c, _, all) => toCli(c, all));
}

/** `.html`/`.htm` files are pages; anything else is a raw message. */
export async function extractFromFile(name: string, bytes: Uint8Array, url = ''): Promise<CliCandidate[]> {
  if (/\.x?html?$/i.test(name)) return extractFromHtml(new TextDecoder('utf-8').decode(bytes), url);
  return extractFromMessage(bytes);
}
