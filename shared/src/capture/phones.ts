import type { CountryCode } from 'libphonenumber-js/core';
import { normalisePhone } from './normalise.ts';

/** A phone number found in text, and whether its label says it is a fax. */
export interface FoundPhone {
  raw: string;
  value: string;
  fax: boolean;
  index: number;
}

// International (+49 30 1234567), NANP ((312) 867-0110, 312.867.0110, 303.333.PAUL), European (030 / 123 45 67, 0191 276 3261),
// three hyphenated groups (090-1234-5678), German ones with a short group (08821 / 7 30 40), an area code in brackets
// ((03) 9443 6444, (0191) 276 3261, (030) 1234567).
const PHONE =
  /(?:\+|\b00)\d{1,3}[\s.\-/]*(?:\(0\)[\s.\-/]*)?(?:\(?\d{1,5}\)?[\s.\-/]*){1,5}\d{2,}(?:-\d{1,3}\b)?|\(\d{3}\)\s*\d{3}\s*[.-]?\s*\d{4}\b|\b\d{3}[\s.\-/]\d{3}[\s.-](?:\d{4}|[A-Z]{4})\b|\b1[\s.-]\d{3}[\s.-]\d{3}[\s.-]\d{4}\b|\b0\d{1,4}[\s\-/]+\d{1,4}(?:[\s-]?\d{2,4}){1,3}\b|(?<!\d)\(0\d{1,4}\)\s?\d{2,4}(?:[\s-]?\d{2,4}){1,3}\b|\b\d{2,3}-\d{4}-\d{4}\b|\b\d{3}[ .-]\d{4}\b/g;
const LABEL = /\b(?:tel(?:efon|ephone|\.)?|phone|ph|fon|call|mobile|mobil|mob|cell|handy|direct|office|t|p|m|o|w|h|d|main|toll[- ]free|work|home|fax|telefax|f|e)\s*[.:#]?\s*(?:\(\w+\))?\s*[:.]?\s*$/i;
const FAX_BEFORE = /(?:fax|telefax|\bf)\s*[.:]?\s*(?:\(\w+\))?\s*[:.]?\s*$/i;
const FAX_AFTER = /^\s*(?:\(fax\)|fax\b|\[fax\]|\(f\))/i;

/** Phone numbers in a line of text, with fax numbers flagged. Short local numbers (555-1234) and 090-1234-5678 need a label. */
export function findPhones(line: string, region: CountryCode): FoundPhone[] {
  const out: FoundPhone[] = [];
  // A cheap test first: most lines hold no number. French and Dutch ones may come in pairs ("06 12 34 56 78").
  if (line.length > 2000 || !/\d{3}|\d\d[\s.-]\d\d[\s.-]\d\d/.test(line)) return out;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(line); m; m = PHONE.exec(line)) {
    const raw = m[0].trim();
    const before = line.slice(Math.max(0, m.index - 24), m.index);
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/\d[\d.,]*\s*$/.test(before) && !/[:\s]$/.test(before)) continue;
    if (/^[\d,]|^\s*(%|€|\$|mm|cm|kg|km)/.test(after) || /[$€£#]\s*$/.test(before)) continue;
    const digits = raw.replace(/\D/g, '').length;
    const labelled = LABEL.test(before);
    if (/^\d{3}[ .-]\d{4}$|^\d{2,3}-\d{4}-\d{4}$/.test(raw) && !labelled) continue;
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw) || /^(19|20)\d{2}\s*[-/]\s*(19|20)?\d{2}$/.test(raw)) continue;
    // No US number starts with 0: such a run of digits is an id, or a ZIP+4 code ("MA 02284-1003").
    if (raw.startsWith('0') && !raw.startsWith('00') && !labelled && region === 'US' && (!/[\s/-]/.test(raw) || /^\d{5}-\d{4}$/.test(raw))) continue;
    if (digits < 7 && !/[A-Z]{4}/.test(raw)) continue;
    // Dates and times ("01/24/2001 10:13 AM") and long zero-padded ids are not phone numbers.
    if (/\//.test(raw) && /\b\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2}\b/.test(line.slice(Math.max(0, m.index - 6), m.index + raw.length + 3))) continue;
    if (/^0{3,}/.test(raw)) continue;
    const value = normalisePhone(raw, region);
    if (!value) continue;
    out.push({ raw, value, fax: FAX_BEFORE.test(before) || FAX_AFTER.test(after), index: m.index });
  }
  return out;
}
