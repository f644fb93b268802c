import type { Candidate } from './candidate.ts';
import { cleanValue } from './clean.ts';
import { cleanName, looksLikeName } from './names.ts';
import { personCandidate } from './people.ts';

const DIRECTORS = /\b(gesch[äa]ftsf[üu]hr(?:er|erin|ung|ende[rn]?)|vertreten durch|vertretungsberechtigte[rn]?|inhaber(?:in)?|vorstand|managing directors?|directors?|gedelegeerd bestuurders?|bestuurders?|zaakvoerders?|directeur|directie|vertegenwoordigd door|eigenaar)\b\s*(?:\([^)]*\))?\s*[:.]?\s*(.*)$/i;
const REGISTER = /\b((?:HRB|HRA|GnR|PR|VR)\s*[\d ]{2,10}\s*[A-Z]?)\b|\b(?:KvK|Kamer van Koophandel|KvK-nummer|Chamber of Commerce)\s*(?:nr\.?|nummer|number)?\s*[:.]?\s*(\d{8})\b|\b(?:Company (?:registration )?(?:No|number)\.?|Registered in England(?: and Wales)?(?: No\.?| number)?)\s*[:.]?\s*(\d{6,8})\b|\b(?:KBO|KBO-nummer|Ondernemingsnummer|Ondernemingsnr\.?)\s*[:.]?\s*((?:BE\s?)?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3})\b/i;
const COURT = /\b(Amtsgericht|Registergericht|Handelsregister)\s*[:.]?\s*([A-ZÄÖÜ][\p{L}-]+(?:\s[A-ZÄÖÜ][\p{L}-]+)?)/u;
const VAT = /\b((?:DE|AT|NL|BE|GB|CH|FR|LU|IE|IT|ES|DK|PL)\s?(?:U\s?)?[0-9A-Z][0-9A-Z .]{7,14}[0-9A-Z])\b/;
const VAT_LABEL = /(USt[.-]?\s?Id(?:Nr|entifikationsnummer)?|Umsatzsteuer|VAT|BTW|btw-nummer|omzetbelasting|UID|MwSt)/i;

/** What an imprint (Impressum) or contact page says about the company: managing directors, register and VAT ids. */
export interface ImprintFacts {
  people: Candidate[];
  registerId?: string;
  vatId?: string;
}

/**
 * Reads "Geschäftsführer: A, B", "HRB 12345", "USt-IdNr.: DE123456789", "KvK 12345678", "BTW NL…B01" in German,
 * Dutch (with Belgium's "Zaakvoerder" and KBO number) and English.
 */
export function readImprint(lines: string[]): ImprintFacts {
  const facts: ImprintFacts = { people: [] };
  let court: string | undefined;
  for (let i = 0; i < lines.length && i < 5000; i++) {
    const line = lines[i]!;
    if (line.length > 300) continue;
    let d = DIRECTORS.exec(line);
    // "Vertreten durch den Geschäftsführer Klaus Müller": the second label names the role.
    const inner = d && DIRECTORS.exec(d[2]!.replace(/^(?:den|die|der|das|de|het|the|our|unseren?|onze)\s+/i, ''));
    if (inner?.index === 0) d = inner;
    if (d) {
      const rest = d[2]!.trim() || lines[i + 1] || '';
      const label = cleanValue(d[1]!);
      for (const part of rest.split(/\s*(?:,|;|\bund\b|\ben\b|\band\b|&)\s*/)) {
        const name = cleanName(part);
        if (looksLikeName(name) && facts.people.length < 10) facts.people.push(personCandidate(name, /vertreten|vertegenwoordigd/i.test(label) ? undefined : label, 'imprint', 0.75));
      }
    }
    const c = COURT.exec(line);
    if (c) court = c[2];
    const r = REGISTER.exec(line);
    if (r && !facts.registerId) facts.registerId = cleanValue(r[1] ?? (r[2] ? `KvK ${r[2]}` : r[4] ? `KBO ${r[4].replace(/^BE\s?/i, '')}` : r[3]));
    if (VAT_LABEL.test(line) && !facts.vatId) {
      const v = VAT.exec(line.slice(line.search(VAT_LABEL))) ?? (lines[i + 1] ? VAT.exec(lines[i + 1]!) : null);
      if (v) facts.vatId = v[1]!.replace(/[ .]/g, '');
    }
  }
  if (facts.registerId && court && !facts.registerId.includes(court)) facts.registerId = `${facts.registerId} (${court})`;
  return facts;
}
