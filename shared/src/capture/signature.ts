import type { CountryCode } from 'libphonenumber-js/core';
import type { Candidate, CaptureSource } from './candidate.ts';
import { clean, cleanValue, uniq } from './clean.ts';
import { findAddresses, isStreetLine, regionOfAddress } from './address.ts';
import { findEmails } from './emails.ts';
import { findPhones } from './phones.ts';
import { canonicalUrl, normalisePhone } from './normalise.ts';
import { regionOf } from './phone-e164.ts';
import { cleanName, looksLikeName, splitName } from './names.ts';
import { looksLikeTitle } from './titles.ts';
import { isGivenName } from './given-names.ts';
import { contactBlocks, isAttachment, isContactLine, SIGN_OFF } from './signature-block.ts';

const DELIMITER = /^(--\s?|__+|—|-{3,}\s*)$/;
const ORG = /\b(inc|llc|ltd|llp|corp|corporation|company|co|gmbh|ag|kg|ug|b\.?v|n\.?v|plc|group|bank|university|college|institute|school|associates|partners|services|solutions|systems|technologies|capital|energy|international|holdings|foundation|agency|consulting|enterprises|industries|firm|laboratories|labs|research|management|trading|markets|power|resources|communications|network|media|global)\b\.?/i;
const AD = /(download|free|hotmail|yahoo!|msn|click here|unsubscribe|privileged|confidential|intended recipient|disclaimer|virus|this e-?mail|sent from my)/i;
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s]*)?$/i;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"']+/gi;

/**
 * The signature of one message: the last block of contact lines with the name/title/company lines above it (the
 * sign-off right above it gives the outro), else the lines after the sign-off or `-- `, else the short trailing block.
 */
export function findSignature(lines: string[]): { start: number; outro?: string; lines: string[] } | undefined {
  const blocks = contactBlocks(lines);
  const block = blocks.findLast((b) => b.lines.length >= 2) ?? blocks.at(-1);
  const legacy = findClosing(lines);
  // A closing after the block wins when it is a sign-off or carries contact data (not a disclaimer after a `--`),
  // unless it only signs the block: "Vince" at the end of a message that gave "Vincent Kaminski" and his numbers.
  if (!block || (legacy && legacy.start > block.end && (legacy.outro || legacy.lines.some(isContactLine)))) {
    return block && legacy && signsBlock(legacy, block.lines) ? { start: block.start, lines: block.lines, outro: legacy.outro } : legacy;
  }
  const outro = legacy && legacy.start <= block.start && legacy.start >= block.start - 4 ? legacy.outro : undefined;
  return { start: block.start, lines: block.lines, outro };
}

/** Is `closing` only a name signing off, the name that opens one of the block's lines (in full or shortened)? */
function signsBlock(closing: { outro?: string; lines: string[] }, block: string[]): boolean {
  const signed = closing.outro && closing.lines.length <= 1 ? /^\p{L}{3,}/u.exec(closing.outro)?.[0].toLowerCase() : undefined;
  return !!signed && block.some((line) => looksLikeName(line) && line.toLowerCase().startsWith(signed));
}

/** The lines after the sign-off or `-- `, else the short trailing block. */
function findClosing(lines: string[]): { start: number; outro?: string; lines: string[] } | undefined {
  const trimmed = lines.map((l) => clean(l, 300));
  let end = trimmed.length;
  // A rule closing the message ("_____" under the signature) starts nothing.
  while (end > 0 && (!trimmed[end - 1] || isAttachment(trimmed[end - 1]!) || DELIMITER.test(trimmed[end - 1]!))) end--;
  if (!end) return undefined;
  for (let i = Math.max(0, end - 25); i < end; i++) {
    const t = trimmed[i]!;
    if (DELIMITER.test(t)) return { start: i + 1, lines: trimmed.slice(i + 1, Math.min(end, i + 16)).filter(Boolean) };
  }
  for (let i = end - 1; i >= Math.max(0, end - 20); i--) {
    const t = trimmed[i]!;
    if (SIGN_OFF.test(t) || (/^[\p{L} ]{3,30},$/u.test(t) && SIGN_OFF.test(t.slice(0, -1)))) {
      const rest = trimmed.slice(i + 1, Math.min(end, i + 16)).filter(Boolean);
      return { start: i + 1, lines: rest, outro: rest[0] };
    }
    const inline = /^(?:-\s*|thanks,?\s+|regards,?\s+|cheers,?\s+)(\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2})\s*$/u.exec(t);
    if (inline && i >= end - 8) return { start: i, lines: [inline[1]!, ...trimmed.slice(i + 1, end).filter(Boolean)], outro: inline[1] };
  }
  // No sign-off: the last paragraph, when it is short lines that look like contact details.
  let start = end - 1;
  while (start > 0 && trimmed[start - 1] && end - start < 12) start--;
  const block = trimmed.slice(start, end);
  if (block.length <= 10 && block.every((l) => l.length <= 80) && (looksLikeName(block[0]!) || /^\p{Lu}[\p{Ll}]{1,15}$/u.test(block[0]!))) {
    return { start, lines: block, outro: block.length === 1 ? block[0] : undefined };
  }
  return undefined;
}

const isShortName = (t: string) => /^(?:-\s*)?\p{Lu}[\p{Ll}'’-]{1,15}\.?$|^\p{Lu}{2,4}$/u.test(t.trim()) && !SIGN_OFF.test(t);

const LABELLED = /^[\p{L} ]{2,24}\s?:\s/u;
const EDGE = 'ceo|cfo|coo|cto|vp|president|director|manager|counsel|attorney|partner|professor|engineer|analyst|consultant|specialist|coordinator|administrator|assistant|associate|representative|officer|trader|economist';
const TITLE_EDGE = new RegExp(`^(?:senior |sr\\.? |junior |jr\\.? |assistant |associate |executive |managing |general |chief |deputy |vice |acting |interim )*(?:${EDGE}|cio|svp|evp|principal|chairman|chair|founder|owner|head|lead|leader|secretary|paralegal|geschäftsführer|leiter|directeur)\\b|\\b(?:${EDGE}|support)$`, 'i');

/** Is a head line of a signature (not the name) a job title or the company? Undefined when it is neither. */
function headLine(raw: string, c: Candidate, previous: string | undefined): 'title' | 'company' | undefined {
  if (/[!?]$/.test(raw) || (/\.$/.test(raw) && !/\b(inc|corp|co|ltd|b\.v|n\.v|l\.l\.c|s\.a|l\.p)\.$/i.test(raw))) return undefined;
  const title = looksLikeTitle(raw);
  const legal = LEGAL_TAIL.test(raw);
  const org = ORG.test(raw.replace(/\b(services|management|research|trading|energy|markets|power|operations|development|support)\b/gi, ''));
  if (title && !legal && (!org || TITLE_EDGE.test(raw))) return 'title';
  // A line opening with a lower-case word is prose ("credit opened by your bank"), not a company.
  if ((legal || org) && !/^\p{Ll}+ /u.test(raw)) return 'company';
  if (title) return 'title';
  // The line after the title, or a short capitalised line right under the name, names the employer.
  const capitalised = /^\p{Lu}/u.test(raw) && raw.split(/\s+/).length <= 6 && raw.split(/\s+/).every((w) => /^(?:\p{Lu}|&|and|of|for|the|de|der|van|und|en|[-–_])/u.test(w));
  if (capitalised && ((c.title && previous === c.title) || (c.name && previous && cleanName(previous) === c.name))) return 'company';
  return undefined;
}

const LEGAL_TAIL = /\b(?:inc|llc|ltd|llp|l\.l\.c|l\.p|corp|corporation|co|gmbh|ag|kg|b\.?v|n\.?v|plc|p\.?c|s\.?a)\.?$/i;

/** Fields of a signature block: name, title, company, phones (faxes apart), e-mail, URLs, address. */
export function parseSignature(lines: string[], region: CountryCode, source: CaptureSource = 'signature'): Candidate | undefined {
  const block = lines.map((l) => clean(l.replace(/^[>*\s-]+(?=\p{L})/u, ''), 200)).filter((l) => l && !AD.test(l)).slice(0, 15);
  if (!block.length) return undefined;
  const c: Candidate = { kind: 'person', emails: [], phones: [], urls: [], confidence: 0.6, sources: {} };
  // A signature that writes one number internationally ("T +31 (0)33 465 22 10 | M 06 12 34 56 78") is in that
  // country: its other numbers are read as dialled there.
  // Else its address may say where it is ("Leeds LS10 1AB", "3811 MA Amersfoort").
  const international = block.map((l) => /(?:\+|\b00)[1-9][\d\s().\-/]{6,}\d/.exec(l)?.[0]).find(Boolean);
  const e164 = international ? normalisePhone(international, region) : undefined;
  const addr = findAddresses(block)[0];
  if (e164?.startsWith('+')) region = (regionOf(e164) as CountryCode | undefined) ?? region;
  else if (addr) region = regionOfAddress(addr.address) ?? region;
  const used = new Set<number>();
  for (const [i, line] of block.entries()) {
    const emails = findEmails(line);
    const phones = findPhones(line, region);
    if (emails.length) (c.emails.push(...emails), used.add(i));
    if (phones.length) (c.phones.push(...phones.filter((p) => !p.fax).map((p) => p.value)), used.add(i));
    for (const m of line.matchAll(URL_RE)) {
      const u = canonicalUrl(m[0].startsWith('www.') ? `http://${m[0]}` : m[0]);
      if (u) (c.urls.push(u), used.add(i));
    }
    // A bare domain on a line or between separators ("loopwise.com · @tomrivera") is the sender's site.
    for (const part of line.split(/\s*[|·•]\s*/)) {
      const u = !URL_RE.test(part) && BARE_DOMAIN.test(part) ? canonicalUrl(`http://${part}`) : undefined;
      URL_RE.lastIndex = 0;
      if (u) (c.urls.push(u), used.add(i));
    }
  }
  if (addr) {
    c.address = addr.address;
    used.add(addr.line);
    if (addr.address.street) block.forEach((l, i) => isStreetLine(l) && used.add(i));
  }
  for (const [i, raw] of block.entries()) {
    if (used.has(i) || i > 8 || LABELLED.test(raw) || /copyright|©/i.test(raw)) continue;
    const line = raw.replace(/^(me|mr|mrs|ms|dr)\.?\s+/i, '');
    // Above the title and company, a name line may end in a word that is also a noun ("Louise Kitchen").
    if (!c.name && looksLikeName(line.split(/\s*[,|]\s*(?=\p{Lu})/u)[0]!, c.title || c.company ? undefined : isGivenName)) {
      // "Jessica Park | Senior Account Executive | Brightline Media": the name, then title and company.
      const [name, rest, org] = line.split(/\s*[,|]\s*(?=\p{Lu}[\p{Ll}])/u);
      c.name = cleanName(name!);
      if (rest && looksLikeTitle(rest)) c.title = cleanValue(rest);
      if (c.title && org && !looksLikeTitle(org)) c.company = cleanValue(org, 120);
      continue;
    }
    if (raw.length > 70) continue;
    // "Head of Procurement | Northbridge Foods Ltd": a title and the company on one line.
    let previous = block[i - 1];
    for (const part of raw.split(/\s+[|·•]\s+/)) {
      const kind = headLine(part, c, previous);
      previous = part;
      // "CEO, FairWind", "Counsel, NWS", "Head of Growth at Finch Health": a title, then the employer. After a comma
      // only a brand, an acronym or a legal name is one: "Specialist, Gas Settlements" is a department.
      const at = /^(.+?)\s+(?:at|bei|bij|chez)\s+(\p{Lu}[\p{L}&.'-]*(?:\s\p{Lu}[\p{L}&.'-]*){0,3})$/u.exec(part);
      const [t, org] = at ? [at[1]!, at[2]!] : part.split(/,\s+(?=\p{Lu})/u);
      const isEmployer = !!org && !looksLikeTitle(org) && (!!at || /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(org) || LEGAL_TAIL.test(org));
      if (kind === 'title' && !c.title) c.title = cleanValue(isEmployer && !c.company ? ((c.company = org), t!) : part, 120);
      else if (kind === 'company' && !c.company) c.company = cleanValue(part, 120).replace(/\s+tel\b.*$/i, '');
    }
  }
  // "Havenlogistiek Rotterdam B.V. | Waalhaven 19 | 3089 JH Rotterdam": the company may head the address line.
  if (!c.company && addr) c.company = block[addr.line]!.split(/\s+[|·•]\s+/).find((part) => LEGAL_TAIL.test(part) && !/\d/.test(part));
  c.emails = uniq(c.emails);
  // A person has a few numbers; a block listing many is a directory or a phone list, not their signature.
  c.phones = uniq(c.phones);
  if (c.phones.length > 5 && source === 'signature') c.phones = [];
  c.urls = uniq(c.urls);
  if (c.name) Object.assign(c, splitName(c.name));
  for (const k of ['name', 'title', 'company', 'emails', 'phones', 'urls', 'address'] as const) {
    const v = c[k];
    if (v && (!Array.isArray(v) || v.length)) c.sources[k] = source;
  }
  return c.name || c.emails.length || c.phones.length || c.title || c.company ? c : undefined;
}

export { isShortName };
