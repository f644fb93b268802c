import { clean } from './clean.ts';

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|herr|frau|dhr|mevr|mevrouw|meneer|ing|ir|drs|mag|dipl[.-]?\w*|dipl\.?-\w+|dr\.?-\w+|me|mme|mlle|m|i\.\s?a|i\.\s?v|ppa|pp|capt|captain|col|lt|sgt|maj|rev|revd|hon|fr)\.?$/i;
const SUFFIX = /^(jr|sr|ii|iii|iv|ph\.?d|m\.?d|mba|m\.?a|msc|bsc|esq|cpa|p\.?e|cfa|ckd|llm|rn|dds|dmd|b\.a|j\.?d)\.?$/i;
const PARTICLE = /^(van|von|de|der|den|du|da|di|del|della|la|le|ter|ten|zu|vom|zum|bin|al)$/i;

/** A display name without honorifics and degree suffixes: "Dr. Jane Q. Doe, Ph.D." → "Jane Q. Doe". "Doe, Jane" → "Jane Doe". */
export function cleanName(raw: string): string {
  let s = clean(raw, 200).replace(/\s*\([^)]*\)\s*/g, ' ').replace(/^(by|from|von|par|door)\s+/i, '');
  const parts = s.split(/\s*,\s*/);
  while (parts.length > 1 && parts.at(-1)!.split(/\s+/).every((t) => SUFFIX.test(t))) parts.pop();
  s = parts.length === 2 && !/\s/.test(parts[0]!) && parts[1]!.split(/\s+/).length <= 3 ? `${parts[1]} ${parts[0]}` : parts.join(', ');
  const tokens = s.split(/\s+/).filter(Boolean);
  while (tokens.length > 1 && HONORIFIC.test(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && SUFFIX.test(tokens.at(-1)!.replace(/,$/, ''))) tokens.pop();
  return tokens.join(' ').replace(/,$/, '');
}

/** Given and family name of a cleaned display name; particles ("van der", "von") stay with the family name. */
export function splitName(name: string): { givenName?: string; familyName?: string } {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return tokens.length ? { givenName: tokens[0] } : {};
  let i = tokens.length - 1;
  while (i > 1 && PARTICLE.test(tokens[i - 1]!)) i--;
  return { givenName: tokens.slice(0, i).join(' '), familyName: tokens.slice(i).join(' ') };
}

const NAME_TOKEN = /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.|\p{Lu}\p{Ll}?\.?-\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+)$/u;
const NOT_NAME =
  /^(the|and|of|for|our|your|with|from|about|contact|us|home|team|staff|meet|services?|company|news?|more|read|view|page|welcome|hours|offices?|locations?|phone|fax|email|address|street|road|avenue|suite|floor|inc|llc|ltd|corp|corporation|gmbh|mbh|kg|ohg|gbr|bv|nv|vof|sarl|group|center|centre|university|college|school|department|bank|law|firm|insurance|solutions|management|partners?|associates|consulting|international|city|county|north|south|east|west|san|los|las|st|saint|fort|mount|lake|park|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|mail|click|here|call|today|privacy|policy|terms|copyright|rights|reserved|all|board|directors?|executive|leadership|who|we|are|pour|für|voor|collection|collections|archive|archives|is|what|how|why|where|this|that|free|best|real|estate|dental|family|medical|health|care|clinic|restaurant|hotel|club|church|museum|zoo|gallery|library|senior|junior|chief|vice|president|manager|owner|founder|attorney|general|sales|support|marketing|customer|information|info|request|online|site|map|directions|search|login|sign|account|menu|shop|store|cart|blog|faq|careers|jobs|events|photos|video|media|press|resources|links|products|projects?|clients|testimonials|reviews|overview|history|mission|values|awards?|quick|open|closed|daily|weekly|specials?|gift|cards|reservations|catering|private|dining|wine|bar|lunch|dinner|breakfast|brunch|kitchen|cafe|bakery|grill|building|plaza|tower|square|court|hall|house|place|way|drive|lane|boulevard|highway|route|box|po|united|states?|america|canada|kingdom|england|london|texas|california|florida|houston|york|chicago|dallas|boston|seattle|atlanta|denver|phoenix|portland|energy|capital|financial|global|national|american|first|trust|foundation|institute|association|society|council|committee|program|research|development|technology|technologies|systems|software|networks?|communications|design|studios?|productions|enterprises|industries|holdings|ventures|properties|realty|construction|builders|engineering|legal|accounting|tax|investments?|advisors|advisory|wealth|assets?|dear|hi|hello|thanks?|regards|sincerely|cheers|mit|freundlichen|grüßen|met|vriendelijke|groet|groeten|impressum|kontakt|geschäftsführer|ansprechpartner|ansprechpartnerin|contactpersoon|kontaktperson|ihr|ihre|unser|unsere|leiter|leiterin|technischer|kaufmännischer|vertrieb|einkauf|verkoop|inkoop|sitz|telefon|sell|buy|purchase|boost|engage|get|find|learn|discover|explore|download|join|become|apply|register|subscribe|order|book|visit|watch|listen|share|follow|like|tweet|print|tell|ask|user|admin|webmaster|web|headquarters|airport|theatre|theater|orchestra|symphony|philharmonic|choir|festival|stadium|stadion|academy|akademie|academie|homepage|startseite|website|section|abteilung|afdeling|frequently|questions|division)$/i;

const TWO_CAPS = /\p{Lu}[^]*\p{Lu}/u;

/**
 * Does this short text look like a person's name ("Jane Doe", "Heidi Steele, CKD", "J. R. Smith")? Where a name is
 * expected (a signature's first line), `givenName` may vouch for the first word: the family name may then be a
 * word that page menus also use ("Louise Kitchen", "Anna Church").
 */
export function looksLikeName(text: string, givenName?: (word: string) => boolean): boolean {
  if (text.length > 90 || /[\d@|!?;=+_<>[\]{}#*%$"“”]/.test(text)) return false;
  // Two capitalised words are needed (two capitals, whatever the separator); most lines of a page fail this before the costly clean-up.
  if (!TWO_CAPS.test(text)) return false;
  const s = cleanName(text);
  if (s.length < 4 || s.length > 60 || /[\d@/:|!?;=+_<>[\]{}#*%$&"“”]/.test(s)) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  let words = 0;
  const vouched = !!givenName?.(tokens[0]!);
  for (const [i, t] of tokens.entries()) {
    if (PARTICLE.test(t) && i > 0 && i < tokens.length - 1) continue;
    if (!NAME_TOKEN.test(t)) return false;
    if ((i === 0 || !vouched) && NOT_NAME.test(t.replace(/\.$/, ''))) return false;
    if (t.length > 2 || !t.endsWith('.')) words++;
  }
  return words >= 2 && !/^\p{Lu}\.$/u.test(tokens.at(-1)!);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
/** A name's letters as an e-mail address spells them: "Müller" is "muller" or, in German, "mueller". */
const spellings = (s: string) => [...new Set([fold(s), fold(s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'))])];

/**
 * Is this e-mail address the person's own by its local part ("sarah", "sarah.oconnor", "soconnor", "t.mueller")?
 * Company addresses ("info", "sales") and someone else's are not.
 */
export function emailOfName(email: string, name: string): boolean {
  const local = fold(email.split('@')[0]!.replace(/\d+$/, ''));
  const { givenName, familyName } = splitName(name);
  if (local.length < 3 || !givenName) return false;
  for (const given of spellings(givenName.split(/\s+/)[0]!)) {
    for (const family of spellings(familyName ?? '')) {
      const forms = [given, `${given}${family}`, `${given[0]}${family}`, `${family}${given}`, `${family}${given[0]}`, `${given}${family[0] ?? ''}`, family];
      if (forms.some((f) => f.length >= 3 && f === local)) return true;
    }
  }
  return false;
}
