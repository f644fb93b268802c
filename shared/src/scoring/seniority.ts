/** How senior a job title reads: decides most of a lead's authority before BANT is recorded. */
export type Seniority = 'executive' | 'director' | 'manager';

// Matched against the lower-cased title with accents removed (ä → a, ß → ss), so "Geschäftsführer",
// "Geschaeftsfuehrer" and "GESCHAFTSFUHRER" read the same.
const LEVELS: readonly [Seniority, RegExp][] = [
  [
    'executive',
    new RegExp(
      [
        String.raw`\bc[a-z]o\b`, // CEO, CFO, CTO, COO …
        String.raw`\bchief\b`,
        String.raw`(?<!vice[ -])\bpresident\b`,
        String.raw`\b(co-?)?founder\b`,
        String.raw`\b(co-?)?owner\b`,
        String.raw`\bmanaging (director|partner)\b`,
        String.raw`gesch(a|ae)ftsf(u|ue)hre(r|nd)`, // Geschäftsführer(in), geschäftsführende(r)
        String.raw`\binhaber`,
        String.raw`\b(mit)?gr(u|ue)nder`,
        String.raw`\bvorstand`,
        String.raw`\bdirecteur\b`, // nl: in a Dutch firm the directeur runs it
        String.raw`\bdga\b`,
        String.raw`\beigenaar\b`,
        String.raw`\b(mede-?)?oprichter\b`,
        String.raw`\bzaakvoerder\b`,
        String.raw`\bbestuurder\b`,
      ].join('|'),
    ),
  ],
  [
    'director',
    new RegExp(
      [
        String.raw`\bdirector\b`,
        String.raw`\bdirektor`,
        String.raw`\b(s|e)?vp\b`,
        String.raw`\bvice[ -]president\b`,
        String.raw`\bhead\b`, // Head of Sales
        String.raw`(?<!team|gruppen|projekt|filial)leiter(in)?\b`, // Vertriebsleiter, Leiterin Einkauf
        String.raw`\bprokurist`,
        String.raw`\bhoofd\b`, // hoofd verkoop
        String.raw`\bbedrijfsleider\b`,
      ].join('|'),
    ),
  ],
  [
    'manager',
    new RegExp(
      [
        String.raw`\bmanager\b`,
        String.raw`\b(team|gruppen|projekt|filial)leiter`,
        String.raw`\bteamleider\b`,
        String.raw`\bteam ?lead\b`,
        String.raw`\bsupervisor\b`,
        String.raw`\bleidinggevende\b`,
      ].join('|'),
    ),
  ],
];

/** Lower case, accents removed: the form the patterns above are written for. */
export function foldTitle(title: string): string {
  return title.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The seniority a job title in English, German or Dutch signals, or null for none recognised. */
export function seniorityOf(title: string | undefined): Seniority | null {
  if (!title) return null;
  const folded = foldTitle(title);
  for (const [level, pattern] of LEVELS) if (pattern.test(folded)) return level;
  return null;
}
