import { clean } from './clean.ts';
import { textLines } from './dom.ts';
import { unlimited } from './budget.ts';
import { normaliseEmail } from './normalise.ts';
import type { MailMessage } from './message.ts';

/** The selectors of one webmail's reading pane, each a list tried in order (first match wins). */
export interface MailLayout {
  name: string;
  /** The open messages of the thread, oldest first; the newest is the last one. */
  message: string[];
  senderWithEmail: string[];
  subject: string[];
  body: string[];
  /** Quoted history inside a body, removed before reading the text. */
  quoted: string[];
}

const firstMatch = (root: ParentNode, selectors: string[]): Element | null => {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
};

/** The text of a body element without its quoted parts (works on a detached copy, so the page is never changed). */
function bodyText(body: Element, quoted: string[]): string {
  const copy = body.cloneNode(true) as Element;
  for (const s of quoted) for (const q of Array.from(copy.querySelectorAll(s))) q.remove();
  return textLines(copy, unlimited, { maxNodes: 20_000 })
    .map((l) => l.text)
    .join('\n');
}

/** Reads the newest open message with a layout, or a notice naming the layout when its selectors do not match. */
export function readMail(doc: ParentNode, layout: MailLayout): MailMessage | { notice: string } {
  let messages: Element[] = [];
  for (const s of layout.message) {
    messages = Array.from(doc.querySelectorAll(s));
    if (messages.length) break;
  }
  // Without an open message (an inbox list, a changed layout) nothing is read: a sender chip of the list is not
  // the message's sender.
  const newest = messages.at(-1);
  if (!newest) return { notice: `${layout.name}-layout-unrecognised` };
  const sender = firstMatch(newest, layout.senderWithEmail);
  const body = firstMatch(newest, layout.body);
  if (!sender && !body) return { notice: `${layout.name}-layout-unrecognised` };
  const title = sender?.getAttribute('title') ?? '';
  const email = normaliseEmail(sender?.getAttribute('email') ?? /<([^>]+)>/.exec(title)?.[1] ?? title) ?? normaliseEmail(/[^\s<>]+@[^\s<>]+/.exec(sender?.textContent ?? '')?.[0] ?? '');
  const name = clean(sender?.getAttribute('name') ?? sender?.textContent?.replace(/<[^>]*>|[^\s<>]+@[^\s<>]+/g, ''), 200);
  return {
    senderName: name || undefined,
    senderEmail: email,
    subject: clean(firstMatch(doc, layout.subject)?.textContent, 500) || undefined,
    bodyText: body ? bodyText(body, layout.quoted) : '',
  };
}
