import { PHONE_METADATA } from './phone-metadata.ts';

// libphonenumber metadata rows: [calling code, international prefix, national number pattern, possible lengths,
// formats, national (trunk) prefix, …]. Only what E.164 normalisation needs is read; the library itself is four
// times the size of this file and most of it formats numbers, which capture never does.
type Row = [string, string, string, number[], unknown, (string | 0 | null)?];
const META = PHONE_METADATA as unknown as { country_calling_codes: Record<string, string[]>; countries: Record<string, Row> };
const cache = new Map<string, RegExp>();
const compiled = (source: string) => {
  let re = cache.get(source);
  if (!re) cache.set(source, (re = new RegExp(source)));
  return re;
};
const pattern = (region: string) => compiled(`^(?:${META.countries[region]![2]})$`);

/** A number in E.164, whether its length is possible in its region, and whether it matches the region's numbering plan. */
export interface E164 {
  number: string;
  valid: boolean;
}

function international(digits: string): E164 | undefined {
  for (let len = 1; len <= 3; len++) {
    const regions = META.country_calling_codes[digits.slice(0, len)];
    if (!regions) continue;
    const nsn = digits.slice(len);
    if (!regions.some((r) => META.countries[r]![3].includes(nsn.length))) return undefined;
    return { number: `+${digits.slice(0, len)}${nsn}`, valid: regions.some((r) => pattern(r).test(nsn)) };
  }
  return undefined;
}

/**
 * `raw` (digits, spaces, punctuation, an optional leading "+") as E.164, read as dialled in `region`: an
 * international prefix ("00", "011") or "+" starts a calling code; otherwise the trunk prefix ("0", "1") is dropped
 * when what remains has a possible length. Undefined when the length is impossible or the region is unknown.
 */
export function toE164(raw: string, region: string): E164 | undefined {
  const s = raw.replace(/[^\d+]/g, '');
  if (s.startsWith('+')) return international(s.slice(1).replace(/\D/g, ''));
  const row = META.countries[region];
  if (!row) return undefined;
  const idd = compiled(`^(?:${row[1]})`).exec(s);
  if (idd && s.length - idd[0].length >= 8) return international(s.slice(idd[0].length));
  const lengths = row[3];
  const trunk = row[5] || '';
  let nsn = s;
  if (trunk && nsn.startsWith(trunk) && lengths.includes(nsn.length - trunk.length)) nsn = nsn.slice(trunk.length);
  if (!lengths.includes(nsn.length)) return undefined;
  return { number: `+${row[0]}${nsn}`, valid: pattern(region).test(nsn) };
}

/** The region an E.164 number belongs to ("+31334652210" → "NL"): the first whose numbering plan it fits. */
export function regionOf(e164: string): string | undefined {
  const digits = e164.replace(/\D/g, '');
  for (let len = 1; len <= 3; len++) {
    const regions = META.country_calling_codes[digits.slice(0, len)];
    if (regions) return regions.find((r) => pattern(r).test(digits.slice(len))) ?? regions[0];
  }
  return undefined;
}
