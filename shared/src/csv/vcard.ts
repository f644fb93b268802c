import type { Company } from '../model/company.ts';
import type { Person } from '../model/person.ts';

/** Escapes a vCard text value (RFC 6350 §3.4): backslash, comma, semicolon and line breaks. */
export function escapeVCardText(text: string): string {
  return text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2): each continuation starts with one space, which counts
 * toward its 75. A multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const REV = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * A person as a vCard 4.0, CRLF line ends, lines folded. URLs are URIs, not text, so they are not escaped;
 * the company name comes from the person or else from `company`.
 */
export function personToVCard(person: Person, company?: Company): string {
  const t = escapeVCardText;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:urn:uuid:${person.id}`, `FN:${t(person.name)}`];
  if (person.givenName || person.familyName) lines.push(`N:${t(person.familyName ?? '')};${t(person.givenName ?? '')};;;`);
  if (person.title) lines.push(`TITLE:${t(person.title)}`);
  const org = person.companyName ?? company?.name;
  if (org) lines.push(`ORG:${t(org)}`);
  for (const email of person.emails) lines.push(`EMAIL:${t(email)}`);
  for (const phone of person.phones) lines.push(`TEL:${t(phone)}`);
  for (const url of person.urls) lines.push(`URL:${url}`);
  const a = person.address;
  // An address typed as one line has no parts: it still goes out, as the label of an empty structured address.
  if (a && (a.street || a.locality || a.region || a.postcode || a.country || a.full)) {
    const parts = ['', '', a.street, a.locality, a.region, a.postcode, a.country].map((p) => t(p ?? ''));
    lines.push(`ADR${a.full ? `;LABEL="${a.full.replace(/["\r\n]/g, ' ')}"` : ''}:${parts.join(';')}`);
  }
  if (person.tags.length) lines.push(`CATEGORIES:${person.tags.map(t).join(',')}`);
  lines.push(`REV:${REV(person.updatedAt)}`, 'END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Several people as one .vcf file; deleted ones are left out. */
export function peopleToVCards(people: readonly Person[], companies: readonly Company[] = []): string {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return people
    .filter((p) => p.deletedAt === undefined)
    .map((p) => personToVCard(p, p.companyId ? byId.get(p.companyId) : undefined))
    .join('');
}
