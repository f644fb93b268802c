import type { CountryCode } from 'libphonenumber-js/core';
import type { Candidate } from './candidate.ts';
import { parseSignature } from './signature.ts';

/** A text selection read as a signature or business card: name, title, company, phones, e-mail, URL, address. */
export function extractSelection(text: string, region: CountryCode = 'US'): Candidate[] {
  const lines = text.slice(0, 20_000).replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim());
  const c = parseSignature(lines.slice(0, 30), region, 'selection');
  return c ? [c] : [];
}
