import type { Candidate } from './candidate.ts';
import { cleanValue } from './clean.ts';
import { copyrightHolder } from './company.ts';
import type { Line } from './dom.ts';
import { looksLikeName } from './names.ts';
import { givenFirst, personCandidate } from './people.ts';
import { looksLikeTitle } from './titles.ts';

/** A link on the page: its visible text and where it points. */
export interface Anchor {
  text: string;
  href: string;
}

// A fragment this small (a pasted snippet, a business card, a listing) describes one subject, named first.
const MAX_LINES = 45;
const MAX_CHARS = 3000;
const LABELLED = /^(?:author|by|written by|posted by|name|contact(?: person)?|under name|artist|creator|composer|photographer|speaker|organi[sz]er|ansprechpartner(?:in)?|autor(?:in)?|verfasser(?:in)?|auteur|door|naam|contactpersoon)\s*[:：–-]?\s+(.{4,60})$/i;
const SMALL = /^(a|an|the|and|&|of|for|at|in|on|by|to|de|du|des|la|le|les|der|die|das|und|für|von|van|het|en|voor|y|e|del)$/i;
const GENERIC = /^(home|contact|contact us|contact details|about|about us|welcome|original|menu|opening hours|hours|address|directions|directory|program|programme|performers|news|overview|details|info|information|impressum|kontakt|over ons)\b/i;
const ORG_WORD =
  /\b(inc|llc|ltd|plc|gmbh|ag|bv|corp|corporation|company|co|group|university|universität|universiteit|college|school|academy|institute|institut|instituut|hospital|clinic|klinik|library|bibliothek|centre|center|zentrum|museum|bank|hotel|restaurant|cafe|café|pizza|pizzeria|bakery|bar|grill|pharmacy|apotheke|store|shop|supplies|studio|studios|agency|associates|partners|foundation|stiftung|stichting|association|verein|vereniging|society|council|department|church|orchestra|band|club|team|radio|press|media|labs?|systems|solutions|services|consulting|repository|archive|office|station|commission|ministry|agentur|kanzlei|repair|collision|plumbing|roofing|heating|landscaping|cleaning|dentistry|motors|autohaus|bouw|installatie)\b/i;

const url = (a: Anchor) => (/^(https?:)?\/\//i.test(a.href) || /^\//.test(a.href) ? a.href : undefined);
const WEBSITE_LABEL = /^(?:web ?site|homepage|home page|web|url|internet|www)\b|'s home page/i;

/** Title-Case words naming a business, a school, an institution ("Beachwalk Beachwear & Giftware", "Cath's Cafe"). */
export function looksLikeOrgName(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 80 || GENERIC.test(t) || /[!?:;,]$|\.$(?<!\b(?:inc|co|ltd|corp)\.$)/i.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8 || /^\d/.test(t)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d"'“(&]/u.test(w));
  return words.every((w) => SMALL.test(w) || /^[\p{Lu}\d"'“(&]/u.test(w)) && capitalised.length >= 1;
}

const MADE_BY = /\b(?:sponsored|organi[sz]ed|proposed|offered|provided|presented|hosted|run|operated|published|produced) by ((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|of|and|the|for))*)/u;
export const isOrgName = (t: string) => ORG_WORD.test(t) && looksLikeOrgName(t);

/** "Jane Doe" or "Jane Doe, Professor": the person's name, if the line starts with one. */
function personName(t: string): string | undefined {
  if (looksLikeName(t)) return t;
  const [name, rest] = [t.slice(0, t.indexOf(',')), t.slice(t.indexOf(',') + 1)];
  return t.includes(',') && looksLikeName(name) && looksLikeTitle(rest.split(/\s+(?:at|bei|bij)\s+/i)[0]!) ? name : undefined;
}

/** The subject named by a heading, else by one of the first lines: whichever comes first, a person or an organisation. */
function subject(lines: Line[]): { i: number; person?: string; org?: string } | undefined {
  const heading = lines.findIndex((l) => /^H[1-3]$/.test(l.block.nodeName));
  let plain: { i: number; org: string } | undefined;
  for (const i of [heading, 0, 1, 2, heading + 1]) {
    const t = lines[i]?.text;
    if (i < 0 || !t) continue;
    // "Harbor Lights Bakery" is as capitalised as a person's name: a business word decides.
    if (isOrgName(t)) return { i, org: t };
    // A name-like heading is a person with a known given name or a job title under it; else a place or a business
    // ("Lakeview Springs").
    const person = personName(t);
    if (person && (givenFirst(person) || looksLikeTitle(lines[i + 1]?.text ?? ''))) return { i, person };
    // A capitalised heading without a business word ("Physics", "Spring Fair") may name a course or an event: an
    // organisation named right under it is the subject.
    if (!plain && looksLikeOrgName(t)) plain = { i, org: t };
  }
  // Or one the text names as its maker ("sponsored by Riverside Arts Council", "a trip offered by Sunway").
  for (const [i, l] of plain ? lines.entries() : []) {
    const by = MADE_BY.exec(l.text)?.[1]?.replace(/\.$|\s+(?:&|of|and|the|for)$/, '');
    // A sponsor or a publisher is a business unless its name starts with a known given name.
    if (by && looksLikeOrgName(by)) return looksLikeName(by) && givenFirst(by) ? { i, person: by } : { i, org: by };
  }
  // Or the first line naming a business anywhere in it (an orchestra among the performers).
  const i = plain ? lines.findIndex((l) => isOrgName(l.text)) : -1;
  return i < 0 ? plain : { i, org: lines[i]!.text };
}

/** The holder of the fragment's copyright line ("© 2015 - Acme Inc"): whoever publishes a page is its subject. */
const ownerOf = (lines: Line[]) => lines.map((l) => /©|\(c\)|copyright/i.test(l.text) && copyrightHolder(l.text)).find(Boolean) || undefined;

/** A person's title and company from the lines after their name ("Professor", "Medical University"). */
function personDetails(c: Candidate, lines: Line[], i: number) {
  const same = /^[^,]{4,60},\s*(.{2,90})$/.exec(lines[i]!.text);
  const after = [same?.[1], lines[i + 1]?.text, lines[i + 2]?.text].filter((t): t is string => !!t);
  for (const t of after.slice(0, 2)) {
    const [title, org] = t.split(/\s+(?:at|bei|bij|@)\s+/i);
    if (!c.title && looksLikeTitle(title!) && !looksLikeName(title!)) {
      c.title = cleanValue(title, 120);
      if (org && looksLikeOrgName(org)) c.company = cleanValue(org, 120);
      continue;
    }
    // The line right under a name is its employer when it reads like one ("Medical University", "Hilton Union Square").
    if (!c.company && looksLikeOrgName(t) && !/\d/.test(t) && (ORG_WORD.test(t) || (t === lines[i + 1]?.text && t.includes(' ')))) c.company = cleanValue(t, 120);
  }
}

/**
 * The one subject of a short fragment: a labelled person ("Author: Jane Doe"), a person's name heading the text, or
 * else the organisation named in its heading or first line. Undefined for full pages and for fragments with no name.
 */
export function readCard(lines: Line[], links: () => Anchor[]): Candidate | undefined {
  if (!lines.length || lines.length > MAX_LINES || lines.reduce((n, l) => n + l.text.length, 0) > MAX_CHARS) return undefined;
  let c: Candidate | undefined;
  const i = lines.findIndex((l) => {
    const m = LABELLED.exec(l.text);
    return !!m && looksLikeName(m[1]!);
  });
  // Else a linked organisation ("<a>Lakeside Community Radio</a> has a new sponsor").
  const s = i >= 0 ? { i, person: LABELLED.exec(lines[i]!.text)![1]! } : subject(lines) ?? { i: 0, org: links().find((a) => isOrgName(a.text))?.text ?? ownerOf(lines) };
  if (s?.person) {
    c = personCandidate(s.person, undefined, 'text', 0.6);
    personDetails(c, lines, s.i);
  } else if (s?.org) {
    const name = cleanValue(s.org, 120);
    c = { kind: 'organization', name, company: name, emails: [], phones: [], urls: [], confidence: 0.5, sources: { name: 'text' } };
  }
  if (!c) return undefined;
  const name = c.name!.toLowerCase();
  const anchors = links();
  // Its own links: named after it, or its profiles, whose address ends in its name ("twitter.com/AcmeInc").
  const handle = new RegExp(`/\\+?${name.replace(/[^\p{L}\p{N}]/gu, '')}/?$`, 'iu');
  const own = anchors.filter((a) => a.text.toLowerCase().includes(name) || handle.test(a.href));
  const labelled = anchors.filter((a) => /^(www\.)?[\w-]+(\.[\w-]+)+\/?$/i.test(a.text) || lines.some((l) => WEBSITE_LABEL.test(l.text) && l.text.includes(a.text)));
  c.urls = [...own, ...labelled].map(url).filter((u): u is string => !!u);
  if (c.urls.length) c.sources['urls'] = 'text';
  return c;
}
