import type { Budget } from './budget.ts';

/** One visual line of a page: its text and the block element it sits in. */
export interface Line {
  text: string;
  block: Element;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'SELECT', 'OPTION', 'HEAD', 'TITLE', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'BUTTON', 'TEXTAREA']);
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

const isHidden = (el: Element) => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display:\s*none/i.test(el.getAttribute('style') ?? '');

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
  let chars = 0;
  let visited = 0;
  const flush = () => {
    const text = buf.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text && block) lines.push({ text, block });
    buf = '';
  };
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (++visited > maxNodes || chars > maxChars || ((visited & 1023) === 0 && budget.expired())) break;
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      // Bare text (a pasted snippet, a plain-text body) and <pre> keep their line breaks as lines.
      if (t.includes('\n') && (node.parentNode === root || node.parentNode?.nodeName === 'BODY' || block?.nodeName === 'PRE')) {
        const parts = t.split('\n');
        for (let i = 0; i < parts.length; i++) {
          if (i) flush();
          buf += parts[i];
        }
      } else buf += t;
      chars += t.length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (!SKIP.has(tag) && !isHidden(el)) {
        if (BLOCK.has(tag)) {
          flush();
          if (tag !== 'BR' && tag !== 'HR') {
            blocks.push(block!);
            block = el;
          }
        } else if (tag === 'IMG' && el.getAttribute('alt')) buf += ` ${el.getAttribute('alt')} `;
        else if (tag === 'TD' || tag === 'TH') buf += ' ';
        descend = !!el.firstChild;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Leave this node (and every ancestor without a next sibling), closing the blocks we leave.
    let next: Node | null = null;
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
      if (n === block) {
        flush();
        block = blocks.pop() ?? block;
      }
      if (n.nextSibling) {
        next = n.nextSibling;
        break;
      }
    }
    node = next;
  }
  flush();
  return lines;
}

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
