import type { CountryCode } from 'libphonenumber-js/core';
import type { Candidate } from './candidate.ts';
import { clean } from './clean.ts';
import type { MailMessage } from './message.ts';
import { cleanName, splitName } from './names.ts';
import { findSignature, isShortName, parseSignature } from './signature.ts';
import { splitThread } from './quotes.ts';
import { finalise } from './finalise.ts';

// Spelled as an address header often has it: "Krüger" is "Krueger", "Gómez" is "Gomez".
const ascii = (t: string) => t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
const tokens = (s: string) => new Set(cleanName(s).toLowerCase().split(/[^\p{L}]+/u).filter((t) => t.length > 1).map(ascii));
const sameName = (a: string, b: string) => {
  const A = tokens(a);
  const B = tokens(b);
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return common >= Math.min(2, A.size, B.size) && common > 0;
};

function signatureOf(lines: string[], region: CountryCode): { candidate?: Candidate; outro?: string } {
  const sig = findSignature(lines);
  if (!sig) return {};
  const candidate = parseSignature(sig.lines, region);
  // The sign-off's name, else a first name heading the block ("Lena" over her title).
  const first = sig.outro ?? sig.lines[0];
  const outro = first && isShortName(first) ? clean(first).replace(/^-\s*/, '').replace(/\.$/, '') : undefined;
  return { candidate, outro };
}

/** The same person's signature in an older message of the thread completes what the newer one lacks. */
function fillFrom(target: Candidate, other: Candidate) {
  for (const k of ['title', 'company', 'address'] as const) {
    if (!target[k] && other[k]) {
      (target as Record<string, unknown>)[k] = other[k];
      target.sources[k] = other.sources[k] ?? 'signature';
    }
  }
  for (const k of ['emails', 'phones', 'urls'] as const) {
    if (!target[k].length && other[k].length) {
      target[k] = [...other[k]];
      target.sources[k] = other.sources[k] ?? 'signature';
    }
  }
}

/**
 * Candidates from an e-mail: the sender first (header name and address, completed by the newest message's
 * signature, or read from the signature when the message has no headers), then people whose signatures appear in
 * quoted messages. The subject is offered as the deal title in `CaptureResult.title` by the caller.
 */
export function candidatesFromMessage(message: MailMessage, region: CountryCode = 'US'): Candidate[] {
  const blocks = splitThread(message.bodyText ?? '');
  const newest = signatureOf(blocks[0] ?? [], region);
  const sender: Candidate = newest.candidate ?? { kind: 'person', emails: [], phones: [], urls: [], confidence: 0.5, sources: {} };
  const headerName = message.senderName ? cleanName(message.senderName) : undefined;
  if (headerName && (!sender.name || !sameName(sender.name, headerName))) {
    sender.name = headerName;
    sender.sources['name'] = 'email-header';
  } else if (!sender.name && newest.outro) {
    sender.name = newest.outro;
    sender.sources['name'] = 'signature';
  }
  if (message.senderEmail && !sender.emails.includes(message.senderEmail)) {
    sender.emails.unshift(message.senderEmail);
    sender.sources['emails'] = 'email-header';
  }
  if (sender.name) Object.assign(sender, splitName(sender.name));
  sender.confidence = headerName || message.senderEmail ? 0.9 : 0.6;
  const out: Candidate[] = [];
  if (sender.name || sender.emails.length) out.push(sender);
  // An outro like "Dave" next to a fuller header name stays a second spelling of the same sender.
  for (const block of blocks.slice(1, 10)) {
    const quoted = signatureOf(block, region);
    const c = quoted.candidate;
    // A quoted signature signed with a first name only ("Mark" over "Senior Counsel, EWS") is still someone's.
    if (c && !c.name && quoted.outro) c.name = quoted.outro;
    if (!c?.name) continue;
    const same = out.find((o) => o.name && sameName(o.name, c.name!));
    if (same) fillFrom(same, c);
    else {
      c.confidence = 0.4;
      out.push(c);
    }
  }
  return finalise(out, region, '');
}
