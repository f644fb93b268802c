import type { Budget } from './budget.ts';

/** One visual line of a page: its text and the block element it sits in. */
export interface Line {
  text: string;
  block: Element;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'OPTION', 'HEAD', 'TITLE', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'BUTTON', 'TEXTAREA']);
const BLOCK = new Set([
  'P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TR', 'TD', 'TH', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'FOOTER', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'MAIN', 'ADDRESS', 'BLOCKQUOTE', 'PRE', 'FORM', 'FIELDSET', 'FIGURE', 'FIGCAPTION',
  'HR', 'CENTER', 'BODY', 'HTML', 'LABEL', 'CAPTION', 'DETAILS', 'SUMMARY', 'LEGEND',
]);

export interface WalkLimits {
  /** Stop after this many nodes (a 10 MB page must not take seconds). */
  maxNodes?: number;
  /** Stop after this many characters of text. */
  maxChars?: number;
}

const isHidden = (el: Element) => {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display:\s*none/i.test(style);
};

/**
 * The visible text of `root` as lines, breaking at block elements and `<br>`. Iterative (a DOM nested
 * thousands deep cannot overflow the stack), bounded by node and character limits and by the budget.
 */
export function textLines(root: Node, budget: Budget, limits: WalkLimits = {}): Line[] {
  const maxNodes = limits.maxNodes ?? 60_000;
  const maxChars = limits.maxChars ?? 400_000;
  const lines: Line[] = [];
  let buf = '';
  let block: Element | null = root.nodeType === 1 ? (root as Element) : null;
  const blocks: Element[] = [];
  // Whether the current block keeps its source line breaks (the root, <body>, <pre>); tracked to avoid DOM reads.
  let keep = true;
  const keeps: boolean[] = [];
  let chars = 0;
  let visited = 0;
  const flush = () => {
    if (!buf) return;
    const text = buf.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text && block) lines.push({ text, block });
    buf = '';
  };
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (++visited > maxNodes || chars > maxChars) {
      budget.cut();
      break;
    }
    if ((visited & 1023) === 0 && budget.expired()) break;
    // Every DOM property read crosses into the browser: each is read once per node.
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === 3) {
      const t = node.nodeValue ?? '';
      chars += t.length;
      // Bare text (a pasted snippet, a plain-text body) and <pre> keep their line breaks as lines.
      if (keep && t.includes('\n') && t.trim()) {
        const parts = t.split('\n');
        for (let i = 0; i < parts.length; i++) {
          if (i) flush();
          buf += parts[i];
        }
      } else buf += t;
    } else if (type === 1) {
      const el = node as Element;
      let tag = el.nodeName;
      if (tag.charCodeAt(0) > 90) tag = tag.toUpperCase(); // XHTML documents keep tag names lower-case
      const isBlock = BLOCK.has(tag);
      // Hidden inline elements are rare and short; checking only blocks halves the attribute reads.
      if (!SKIP.has(tag) && !(isBlock && isHidden(el))) {
        if (isBlock) {
          flush();
          if (tag !== 'BR' && tag !== 'HR') {
            blocks.push(block!);
            keeps.push(keep);
            block = el;
            keep = tag === 'BODY' || tag === 'PRE';
          }
        } else if (tag === 'IMG') {
          const alt = el.getAttribute('alt');
          if (alt) buf += ` ${alt} `;
        }
        child = el.firstChild;
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // Leave this node (and every ancestor without a next sibling), closing the blocks we leave.
    let next: Node | null = null;
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
      if (n === block) {
        flush();
        block = blocks.pop() ?? block;
        keep = keeps.pop() ?? keep;
      }
      next = n.nextSibling;
      if (next) break;
    }
    node = next;
  }
  flush();
  return lines;
}

/** The attribute holding an element's URL (microdata and microformats read the same ones). */
export const URL_ATTR: Record<string, string> = { A: 'href', LINK: 'href', AREA: 'href', IMG: 'src', AUDIO: 'src', VIDEO: 'src', SOURCE: 'src', IFRAME: 'src', EMBED: 'src', OBJECT: 'data' };

/** Resolves `href` against the document's `<base>` and the page URL; returns the raw value when it cannot. */
export function resolveUrl(href: string, doc: Document | null, pageUrl: string): string {
  const raw = href.trim();
  let base = pageUrl || undefined;
  const baseHref = doc?.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, base).href;
    } catch {
      // ignore a broken <base>
    }
  }
  try {
    return base ? new URL(raw, base).href : new URL(raw).href;
  } catch {
    return raw;
  }
}
