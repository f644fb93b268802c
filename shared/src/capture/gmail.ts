import { clean } from './clean.ts';
import { readMail, type MailLayout } from './mail-dom.ts';
import type { MailMessage } from './message.ts';
import { normaliseEmail } from './normalise.ts';

/** Gmail's reading pane. Gmail's class names are obfuscated but stable for years; fallbacks use attributes. */
export const GMAIL: MailLayout = {
  name: 'gmail',
  message: ['div.adn', 'div[data-message-id]', '[role="listitem"] div.gs'],
  senderWithEmail: ['span.gD[email]', 'h3.iw span[email]', 'span[email][name]'],
  subject: ['h2.hP', 'h2[data-thread-perm-id]', '[role="main"] h2'],
  body: ['div.a3s', 'div.ii.gt', '[data-message-id] [dir="ltr"]'],
  quoted: ['.gmail_quote', '.gmail_extra', 'blockquote', '.adL', '.yj6qo', 'div.im'],
};

/** The open Gmail message (newest of the thread), or `{ notice: 'gmail-layout-unrecognised' }`. */
export function readGmailMessage(doc: ParentNode): MailMessage | { notice: string } {
  return readMail(doc, GMAIL);
}

/** Distinct senders `(email, name)` shown in a Gmail thread list (`span.zF` / `span.yP` chips), in page order. */
export function readGmailSenders(doc: ParentNode): { email: string; name: string }[] {
  const out: { email: string; name: string }[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('span.zF[email], span.yP[email], span.gD[email]')).slice(0, 1000)) {
    const email = normaliseEmail(el.getAttribute('email') ?? '');
    if (!email) continue;
    const name = clean(el.getAttribute('name') ?? el.textContent, 200);
    const key = `${email}\n${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ email, name });
  }
  return out;
}
