import type { CountryCode } from 'libphonenumber-js/core';
import type { Candidate, CaptureSource } from './candidate.ts';
import { clean, cleanValue, uniq } from './clean.ts';
import { findAddresses, isStreetLine } from './address.ts';
import { findEmails } from './emails.ts';
import { findPhones } from './phones.ts';
import { canonicalUrl } from './normalise.ts';
import { cleanName, looksLikeName, splitName } from './names.ts';
import { looksLikeTitle } from './titles.ts';

const SIGN_OFF =
  /^(thanks|thank you|thx|many thanks|cheers|regards|best|best regards|kind regards|warm regards|warmest regards|with regards|sincerely|yours|yours truly|all the best|talk soon|take care|respectfully|mit freundlichen gr[üu](ß|ss)en|freundliche gr[üu](ß|ss)e|viele gr[üu](ß|ss)e|beste gr[üu](ß|ss)e|liebe gr[üu](ß|ss)e|gr[üu](ß|ss)e|lg|mfg|met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|groet(en|jes)?|mvg|salut|cordialement|с уважением)\b[\s,.!-]*$/i;
const DELIMITER = /^(--\s?|__+|—|-{3,}\s*)$/;
const ORG = /\b(inc|llc|ltd|llp|corp|corporation|company|co|gmbh|ag|kg|ug|b\.?v|n\.?v|plc|group|bank|university|college|institute|school|associates|partners|services|solutions|systems|technologies|capital|energy|international|holdings|foundation|agency|consulting|enterprises|industries|firm|laboratories|labs|research|management|trading|markets|power|resources|communications|network|media|global)\b\.?/i;
const AD = /(download|free|hotmail|yahoo!|msn|click here|unsubscribe|privileged|confidential|intended recipient|disclaimer|virus|this e-?mail|sent from my)/i;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"']+/gi;

/** The signature block of one message: the lines after the sign-off or `-- `, else the short trailing block. */
export function findSignature(lines: string[]): { start: number; outro?: string; lines: string[] } | undefined {
  const trimmed = lines.map((l) => clean(l, 300));
  let end = trimmed.length;
  while (end > 0 && !trimmed[end - 1]) end--;
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

/** Fields of a signature block: name, title, company, phones (faxes apart), e-mail, URLs, address. */
export function parseSignature(lines: string[], region: CountryCode, source: CaptureSource = 'signature'): Candidate | undefined {
  const block = lines.map((l) => clean(l.replace(/^[>*\s-]+(?=\p{L})/u, ''), 200)).filter((l) => l && !AD.test(l)).slice(0, 15);
  if (!block.length) return undefined;
  const c: Candidate = { kind: 'person', emails: [], phones: [], urls: [], confidence: 0.6, sources: {} };
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
  }
  const addr = findAddresses(block)[0];
  if (addr) {
    c.address = addr.address;
    used.add(addr.line);
    if (addr.address.street) block.forEach((l, i) => isStreetLine(l) && used.add(i));
  }
  for (const [i, raw] of block.entries()) {
    if (used.has(i) || i > 8) continue;
    const line = raw.replace(/^(me|mr|mrs|ms|dr)\.?\s+/i, '');
    if (!c.name && looksLikeName(line.split(/\s*[,|]\s*(?=\p{Lu})/u)[0]!)) {
      const [name, rest] = line.split(/\s*[,|]\s*(?=\p{Lu}[\p{Ll}])/u);
      c.name = cleanName(name!);
      if (rest && looksLikeTitle(rest)) c.title = cleanValue(rest);
      continue;
    }
    if (!c.title && looksLikeTitle(raw) && !ORG.test(raw.replace(/\b(services|management|research|trading|energy|markets)\b/gi, ''))) c.title = cleanValue(raw, 120);
    else if (!c.company && (ORG.test(raw) || (c.title && i > 0 && block[i - 1] === c.title && /^\p{Lu}/u.test(raw) && raw.split(' ').length <= 6)) && !/[!?]$/.test(raw) && (!/\.$/.test(raw) || /\b(inc|corp|co|ltd|b\.v|n\.v|l\.l\.c|s\.a)\.$/i.test(raw))) {
      c.company = cleanValue(raw, 120).replace(/\s+tel\b.*$/i, '');
    } else if (!c.title && looksLikeTitle(raw)) c.title = cleanValue(raw, 120);
  }
  c.emails = uniq(c.emails);
  c.phones = uniq(c.phones);
  c.urls = uniq(c.urls);
  if (c.name) Object.assign(c, splitName(c.name));
  for (const k of ['name', 'title', 'company', 'emails', 'phones', 'urls', 'address'] as const) {
    const v = c[k];
    if (v && (!Array.isArray(v) || v.length)) c.sources[k] = source;
  }
  return c.name || c.emails.length || c.phones.length || c.title || c.company ? c : undefined;
}

export { isShortName };
