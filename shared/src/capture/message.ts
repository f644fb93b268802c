import PostalMime from 'postal-mime';
import { clean } from './clean.ts';
import { normaliseEmail } from './normalise.ts';

/** An e-mail as the capture engine sees it: the open message in Gmail/Outlook, or a parsed `.eml`. */
export interface MailMessage {
  senderName?: string;
  senderEmail?: string;
  subject?: string;
  /** The newest message's text; may still contain quoted parts (the engine strips them). */
  bodyText: string;
}

const HEADER = /^(from|to|subject|date|message-id|received|mime-version|content-type|return-path|x-[\w-]+|cc|reply-to|delivered-to)\s*:/i;
const MAX_BYTES = 5_000_000;

/** True when the text starts with an RFC 822 header block (as opposed to a bare body). */
export function hasHeaders(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = head.split(/\r?\n/).filter((l) => !/^\s/.test(l));
  return lines.length > 0 && HEADER.test(lines[0]!) && lines.filter((l) => HEADER.test(l)).length >= Math.min(2, lines.length);
}

/** A display name and address from a header value like `"Doe, Jane" <jane@x.com>` or `jane@x.com (Jane Doe)`. */
export function parseAddress(value: string): { name?: string; email?: string } {
  const v = clean(value, 300);
  const angle = /^(.*?)<([^>]+)>/.exec(v);
  const paren = /^([^\s()]+@[^\s()]+)\s*\(([^)]+)\)/.exec(v);
  const email = normaliseEmail(angle?.[2] ?? paren?.[1] ?? v.split(/\s+/).find((t) => t.includes('@')) ?? '');
  const name = clean(angle?.[1] ?? paren?.[2] ?? (email ? '' : v)).replace(/^["']|["']$/g, '');
  return { name: name && !name.includes('@') ? name : undefined, email };
}

function bodyOnly(text: string): MailMessage {
  return { bodyText: text.slice(0, MAX_BYTES) };
}

/**
 * Parses a raw message with postal-mime (`.eml`, or an RFC 822 `.txt`); a text without headers is a bare body.
 * Binary or truncated input never throws: whatever text can be read becomes the body.
 */
export async function parseMessage(raw: string | Uint8Array | ArrayBuffer): Promise<MailMessage> {
  const bytes = typeof raw === 'string' ? undefined : raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  const text = typeof raw === 'string' ? raw : new TextDecoder('utf-8', { fatal: false }).decode(bytes!.subarray(0, MAX_BYTES));
  if (!hasHeaders(text)) return bodyOnly(text);
  try {
    const email = await PostalMime.parse(bytes ? bytes.subarray(0, MAX_BYTES) : text.slice(0, MAX_BYTES));
    const xFrom = email.headers.find((h) => h.key === 'x-from')?.value;
    const from = parseAddress(xFrom ?? '');
    const body = email.text ?? (email.html ? htmlToText(email.html) : '');
    return {
      senderName: clean(email.from?.name) || from.name || undefined,
      senderEmail: normaliseEmail(email.from?.address ?? '') ?? from.email,
      subject: clean(email.subject) || undefined,
      bodyText: body.slice(0, MAX_BYTES),
    };
  } catch {
    return bodyOnly(text);
  }
}

/** `.eml` bytes or text → message (alias of `parseMessage`). */
export const parseEml = parseMessage;

/** A rough text of an HTML mail body, without a DOM (the engine must also run where there is none). */
export function htmlToText(html: string): string {
  return html
    .slice(0, MAX_BYTES)
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<blockquote[^>]*>/gi, '\n> ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)));
}
