import { clean, cleanValue } from './clean.ts';

const GENERIC = /^(home|homepage|welcome|contact|contact us|contact information|contacts|about|about us|our team|team|staff|meet the team|our staff|our people|people|leadership|management|location|locations|directions|hours|impressum|imprint|kontakt|über uns|ueber uns|unser team|das team|ansprechpartner|ihre ansprechpartner|karriere|over ons|ons team|het team|medewerkers|wie zijn wij|vacatures|untitled|index|page|main|default|news|latest news|blog|services|careers|faq|testimonials|reviews|gallery|photo gallery|portfolio|links|resources|events|products|privacy policy|sitemap|site map|\d+)$/i;
const COPYRIGHT = /(?:(?:©|\uFFFD(?= ?\d{4})|\(c\)|copyright)\s*)+(?:\d{4}\s*(?:[-–]\s*\d{2,4})?)?\s*[,.]?\s*(?:by\s+)?([^|•·©]{2,80}?)\s*(?:\.\s|\.$|,?\s+all rights|\s+-\s|\s+\||\s*[|•·]|$)/i;
const LEGAL = /\b(inc|llc|ltd|llp|corp|corporation|company|co|gmbh|ag|kg|ug|b\.?v|n\.?v|plc|pllc|p\.?c|s\.?a|group|partners|associates)\b\.?/i;

/** A line that is just a company name with its legal form: "Kaffeerösterei Sonnenberg GmbH", "Dijkstra Bouw B.V.". */
const LEGAL_LINE = /^\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}\s(?:GmbH(?: & Co\.? KG)?|AG|KG|OHG|UG(?: \(haftungsbeschränkt\))?|e\.\s?K\.|B\.V\.|N\.V\.|V\.O\.F\.|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|PLC|plc|S\.A\.)$/u;

// Every legal form above ends in a capital (maybe with a period), ")" or one of these words. Tested on the line's last
// characters after the punctuation and invisible characters clean-up would strip: most lines fail before any clean-up.
const LEGAL_END = /(?:[A-Z]\.?|\)|Limited|plc|Ltd\.?|Inc\.?|Corp\.?)$/;
const TAIL_JUNK = /[\s:,;|•·\-–—*\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

export function legalNameLine(line: string): string | undefined {
  let end = line.length;
  while (end > 0 && TAIL_JUNK.test(line[end - 1]!)) end--;
  if (!LEGAL_END.test(line.slice(Math.max(0, end - 8), end))) return undefined;
  const text = cleanValue(line, 100).replace(WELCOME, '');
  return text.length <= 80 && LEGAL_LINE.test(text) ? text : undefined;
}

/** Splits a page title into its parts ("Contact Us | Alinea Restaurant" → ["Contact Us", "Alinea Restaurant"]). */
export function titleParts(title: string): string[] {
  return clean(title, 300)
    .split(/\s+[|–—:»·•]\s+|\s+-\s+|\s*\|\s*|\s+::\s+|:\s+/)
    .filter((s) => !GENERIC.test(cleanValue(s, 120)))
    .map((s) => cleanValue(s.replace(PAGE_WORDS, '').replace(WELCOME, '').replace(AT_SITE, ''), 120))
    .filter((s) => s.length >= 2 && !GENERIC.test(s));
}

// "Contact Us Oatey", "Fort Myers Miracle Contact Us", "Welcome to the City of Dallas", "The Official Website of …".
const PAGE_WORDS = /^(?:contact us|about us|about|contact|kontakt|over ons|impressum)\s+(?=\p{Lu})|\s+(?:contact us|about us|contact(?: details| information| info)?|kontakt|impressum)$/iu;
// "Home Loans and Mortgages at First Valley Bank": what a page offers, then the business offering it.
const AT_SITE = /^.{3,80}?\s(?:at|@)\s(?=\p{Lu})/u;
const WELCOME = /^(?:welcome to|willkommen bei|welkom bij|the official (?:web ?site|home ?page) of|official (?:web ?site|home ?page) of)\s+/i;

/** The name in a copyright line: "© 2013 Alinea Restaurant. All rights reserved." → "Alinea Restaurant". */
export function copyrightHolder(line: string): string | undefined {
  const m = COPYRIGHT.exec(line);
  if (!m) return undefined;
  const name = cleanValue(m[1]!.replace(/\ball rights reserved\b.*$/i, '').replace(/^\d{4}\s*/, ''), 100);
  if (name.length >= 2 && /\p{L}{2}/u.test(name) && !/^(copyright|powered by)\b/i.test(name) && name.split(/\s+/).length <= 8 && !/^(all|the|this|site|website|web site)$/i.test(name) && !GENERIC.test(name)) return name;
  // "Acme Corporation © 2013 Privacy Policy": the holder before the sign, when it carries a legal form.
  const before = cleanValue(/^([^|•·©]{2,60}?)\s*(?:©|\(c\)|copyright)/i.exec(line)?.[1], 100);
  return LEGAL.test(before) ? before : undefined;
}

/** Votes for the company that runs the page: each source adds weight; the name with most weight wins. */
export function pickCompany(votes: { name: string; weight: number }[]): string | undefined {
  const tally = new Map<string, { name: string; weight: number }>();
  const key = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(LEGAL, '').replace(/[^\p{L}\p{N}]+/gu, '');
  for (const v of votes) {
    const k = key(v.name);
    if (!k) continue;
    const t = tally.get(k);
    if (t) {
      t.weight += v.weight;
      if (v.name.length > t.name.length && LEGAL.test(v.name) === LEGAL.test(t.name)) t.name = v.name;
    } else tally.set(k, { ...v });
  }
  // A name contained in another vote also supports it ("Alinea" in "Alinea Restaurant").
  const entries = [...tally.entries()];
  // Only a name a word or two longer: a tagline or slogan containing the name is not the name.
  const words = (s: string) => s.split(/\s+/).length;
  for (const [k, t] of entries) for (const [k2, t2] of entries) if (k !== k2 && k2.length > 3 && k.includes(k2) && words(t.name) - words(t2.name) <= 2) t.weight += t2.weight * 0.5;
  const best = entries.sort((a, b) => b[1].weight - a[1].weight)[0];
  return best && best[1].weight >= 1 ? best[1].name : undefined;
}
