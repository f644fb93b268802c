import type { Candidate } from './candidate.ts';
import { cleanValue } from './clean.ts';
import { legalNameLine } from './company.ts';
import type { Line } from './dom.ts';
import { cleanName, looksLikeName, splitName } from './names.ts';
import { looksLikeTitle } from './titles.ts';
import { isGivenName } from './given-names.ts';

const SIGNED = /^\s*[-–—~]\s*\p{Lu}/u;
const SPLIT = /^(.{4,60}?)\s*(?:,|\s[-–—|]\s|\s[-–—|]|:|\s\/\s|\()\s*(.{2,90}?)\)?$/;
const CONTACT_PERSON =
  /^(?:(?:ihr|ihre|unser|unsere|uw|onze|your|our)\s+)?(?:ansprechpartner(?:in)?|kontaktperson|contactpersoon|contact person|contact)\s*:\s*(?:(?:Herr|Frau|Dhr|Mevr|Mr|Mrs|Ms|Dr)\.?\s+)?(.{4,90})$/i;
const LABELLED = /^(.{2,40}?)\s*[:]\s*(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|Dhr|Mevr)\.?\s+)?(.{4,60})$/;

export function personCandidate(name: string, title: string | undefined, source: Candidate['sources'][string], confidence: number): Candidate {
  const n = cleanName(name);
  const c: Candidate = { kind: 'person', name: n, ...splitName(n), emails: [], phones: [], urls: [], confidence, sources: { name: source } };
  if (title) {
    c.title = cleanValue(title, 120);
    c.sources['title'] = source;
  }
  return c;
}

/** The confidence of a person only mentioned in running text ("… our President Jeff Pierce …"). */
export const MENTION_CONFIDENCE = 0.35;

/**
 * People named in page text: "Name, Title" on one line, a name line next to a title line (team pages list several),
 * or "Title: Name" ("Geschäftsführer: Max Muster"). Each person keeps their own title.
 */
export function findPeople(lines: Line[], source: Candidate['sources'][string] = 'team'): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Map<string, Candidate>();
  const push = (name: string, title: string | undefined, conf: number): Candidate | undefined => {
    const key = cleanName(name).toLowerCase();
    const known = seen.get(key);
    // Named twice (a photo's caption, then the heading over the title): the later mention may bring the title.
    if (known) {
      if (!known.title && title) Object.assign(known, personCandidate(name, ownTitle(title), source, Math.max(conf, known.confidence)));
      return known;
    }
    if (out.length >= 100) return undefined;
    const person = personCandidate(name, title && ownTitle(title), source, conf);
    seen.set(key, person);
    out.push(person);
    return person;
  };
  const texts = lines.map((l) => asName(l.text));
  // Each line is asked "name?" and "title?" up to four times (as itself and as a neighbour): answer once.
  const nameAt = memo(texts, looksLikeName);
  const titleAt = memo(texts, (t) => looksLikeTitle(t, true));
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (t.length > 160) continue;
    const isName = nameAt(i);
    // "Kathy Roddy Tutor" passes as a name too: a title closing it is split off first.
    const fused = nameThenTitle(t);
    if (fused) {
      push(fused[0], fused[1], 0.6);
      continue;
    }
    if (isName) {
      const next = texts[i + 1];
      const prev = texts[i - 1];
      // A title line may look like a name too ("Anna Schmidt / Leiterin Vertrieb"): then it starts with its role,
      // and the name above it with a given name.
      const roleLine = (n: string) => givenFirst(t) && !givenFirst(n) && looksLikeTitle(n.split(' ')[0]!, true);
      if (next && titleAt(i + 1) && (!nameAt(i + 1) || roleLine(next))) push(t, next, 0.7);
      else if (next && next.length > 60 && titlePrefix(next)) push(t, titlePrefix(next), 0.6);
      else if (prev && titleAt(i - 1) && !nameAt(i - 1) && !(texts[i - 2] && nameAt(i - 2))) push(t, prev, 0.6);
      // Alone, without a title beside it, a name needs a known given name ("Case Studies" is no person).
      // A name on a line of its own: a heading, or any line when it starts with a known given name.
      else if (t.split(/\s+/).length <= 4 && givenFirst(t)) push(t, undefined, isHeading(lines[i]!.block) ? 0.5 : 0.4);
      continue;
    }
    if (t.length > 150 || !/[,\-–—|:/(]/.test(t)) continue;
    // "Ihr Ansprechpartner: Herr Max Huber (Direktor)", "Contactpersoon: Joost van Leeuwen, eigenaar".
    const contact = CONTACT_PERSON.exec(t);
    const [name, role] = contact ? contact[1]!.split(/\s*[(,]\s*|\)/) : [];
    if (name && looksLikeName(name)) {
      push(name, role && looksLikeTitle(role) ? role[0]!.toUpperCase() + role.slice(1) : undefined, 0.7);
      continue;
    }
    const split = SPLIT.exec(t);
    if (split && looksLikeName(split[1]!) && looksLikeTitle(split[2]!, true)) {
      push(split[1]!, split[2]!, 0.7);
      continue;
    }
    // A testimonial signed on a line of its own: "- Aubrey Brand - Brand Plumbing LLC", "— Karen Holt, Holt Roofing Inc.",
    // "- William Fuson - Smithville, Tennessee". The signer's company, when the line names one, is theirs.
    const company = split && SIGNED.test(lines[i]!.text) ? legalNameLine(split[2]!) : undefined;
    if (split && SIGNED.test(lines[i]!.text) && (company || givenFirst(split[1]!)) && looksLikeName(split[1]!)) {
      const person = push(split[1]!, undefined, 0.4);
      if (person && company && !person.company) Object.assign(person, { company, sources: { ...person.sources, company: source } });
      continue;
    }
    const labelled = LABELLED.exec(t);
    if (labelled && looksLikeTitle(labelled[1]!, true) && looksLikeName(labelled[2]!)) {
      push(labelled[2]!, labelled[1]!, 0.7);
      continue;
    }
  }
  // Prose names someone only with a role beside them ("President Jeff Pierce", "Jane Doe, a practicing attorney").
  if (!out.length) for (const l of lines.slice(0, 1500)) if (l.text.length > 60 && ROLE_CUE.test(l.text)) for (const [name, title] of roleMentions(l.text)) push(name, title, MENTION_CONFIDENCE);
  return out;
}

/** `test` of the i-th text, computed on first use. */
function memo(texts: string[], test: (t: string) => boolean): (i: number) => boolean {
  const known = new Int8Array(texts.length);
  return (i) => {
    if (!known[i]) known[i] = test(texts[i]!) ? 1 : 2;
    return known[i] === 1;
  };
}

/** "CEO, CrowdFlower" or "Owner - Acme Realty" → the title alone: the employer after a title is not part of it. */
function ownTitle(title: string): string {
  const [first, ...rest] = title.split(/\s*,\s*|\s[-–|]\s/);
  const tail = rest.join(', ');
  // A department or a region after the title is part of it ("VP, Operations", "Director of Sales, EMEA").
  const part = looksLikeTitle(tail) || /^(?:EMEA|APAC|AMER|LATAM|DACH|Benelux|Nordics|Americas|Europe|North America|Asia Pacific|Asia|Africa|Middle East)$/i.test(tail);
  return rest.length && looksLikeTitle(first!, true) && !part ? first! : title;
}

/**
 * "Associate Director, Nilsson Architects "We were…" (a testimonial under a name): the title before the quote; "Seth
 * Kane is a broker associate with …" or "Lead Carpenter: Seth Kane has been …" (a bio): the title it names.
 */
function titlePrefix(text: string): string | undefined {
  const head = text.replace(/^[^.]{3,40}? (?:is|has been) (?:a|an|the) /, '').split(/:|\s["“„]|\.\s| (?:with|for|at|in|who|which|that|whose) /)[0]!;
  return head.length < text.length && looksLikeTitle(ownTitle(head), true) ? ownTitle(head) : undefined;
}

const ROLE_WORD = '(?:[Ss]enior |[Cc]hief |[Mm]anaging |[Gg]eneral |[Vv]ice )?(?:[Pp]resident|CEO|[Ff]ounder|[Cc]o-[Ff]ounder|[Oo]wner|[Pp]artner|[Dd]irector|[Mm]anager|[Aa]ttorney|[Ll]awyer|[Pp]rincipal|[Bb]roker|[Rr]ealtor|[Gg]eschäftsführer(?:in)?|[Ii]nhaber(?:in)?|[Ee]igenaar|[Dd]irecteur|[Oo]precht(?:er|ster))';
const NAME_WORDS = "((?:\\p{Lu}\\. )?\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\.)?(?: (?:van |de |von |van der |van den )?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?))";
// A cheap test first: the mention patterns are costly on long pages of prose.
const ROLE_CUE = /president|ceo|founde|owner|owns|partner|director|manager|attorney|lawyer|principal|broker|realtor|gesch[äa]ftsf[üu]hrer|inhaber|gr[üu]ndete|eigenaar|directeur|oprecht|richtte|started/i;
const ROLE_TAIL = new RegExp(`${ROLE_WORD}$`);
const MENTIONS = [
  new RegExp(`\\b(${ROLE_WORD}) ${NAME_WORDS}`, 'gu'),
  new RegExp(`${NAME_WORDS}(?:,| is) (?:(?:a|an|the|our|unser|onze) )?((?:[\\p{L}-]+ ){0,3}?${ROLE_WORD})\\b`, 'gu'),
  new RegExp(`${NAME_WORDS} (?:founded|co-founded|started|owns|gründete|richtte)\\b`, 'gu'),
];

/** People a sentence names with their role; the first word of each name (after an initial: "J. Mark Palmer") must be a known given name. */
function roleMentions(text: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const [k, re] of MENTIONS.entries()) {
    re.lastIndex = 0;
    for (const m of text.slice(0, 2000).matchAll(re)) {
      const name = k === 0 ? m[2]! : m[1]!;
      // "Mike Thompson, Regional Sales Manager": capitalised words before the role word are the title's when they
      // make one ("an independent broker" is a broker).
      const phrase = k === 1 && /^\p{Lu}/u.test(m[2]!) && looksLikeTitle(m[2]!, true);
      const role = k === 0 ? m[1] : k === 1 ? (phrase ? m[2] : ROLE_TAIL.exec(m[2]!)?.[0]) : 'Founder';
      if (isGivenName(name.split(' ')[+(name[1] === '.')]!) && looksLikeName(name)) out.push([name, role && role[0]!.toUpperCase() + role.slice(1)]);
    }
  }
  return out;
}

export const givenFirst = (t: string) => isGivenName(cleanName(t).split(/\s+/)[0] ?? '');
const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());

/**
 * A line as a name candidate: "MICHAEL UPWARD" → "Michael Upward" when it starts with a known given name, and
 * "David Benson David Benson" (an image's alt text beside the caption) → "David Benson", "Jane Doe- Estimator" → "Jane Doe - Estimator",
 * and a quotation signed at its end ("“…” - Jane Doe", a testimonial) → its author.
 */
function asName(text: string): string {
  let t = text.replace(/^.*[”"] ?[-–—] ?(?=.{4,40}$)|^[—–\-"“]+\s*/, '').replace(/(?<=\p{Ll})- (?=\p{Lu})/u, ' - ');
  const half = t.length >> 1;
  if (t.length > 8 && t[half] === ' ' && t.slice(0, half) === t.slice(half + 1)) t = t.slice(0, half);
  if (t.length <= 60 && /^\p{Lu}{2}/u.test(t) && t === t.toUpperCase() && givenFirst(titleCase(t))) t = titleCase(t);
  return t;
}

/** "Mary Kawelaske Scheduling Coordinator": a known given name, the rest of a name, then a title, with no separator. */
// Words that open a title as its department or rank, and end no one's name.
const TITLE_LEAD =
  /^(?:hygiene|scheduling|insurance|billing|patient|treatment|financial|finance|marketing|sales|accounts?|project|customer|practice|clinical|dental|administrative|executive|accounting|payroll|operations|research|product|business|development|community|events?|quality|safety|technical|senior|junior|chief|assistant|associate|general|regional|national|district|branch|production|purchasing|procurement|logistics|training|education|communications|media|relations|resources|legal|compliance|digital|content|creative|editorial|membership|admissions|nursing|surgical|laboratory|maintenance|facilities|managing|deputy|acting|interim|office)$/i;

function nameThenTitle(t: string): [string, string] | undefined {
  const first = /^\S+/.exec(t)?.[0];
  if (!first || !isGivenName(first)) return undefined;
  const tokens = t.split(/\s+/);
  if (tokens.length < 3 || tokens.length > 10) return undefined;
  for (let k = Math.min(4, tokens.length - 1); k >= 2; k--) {
    // "Mary Kawelaske Scheduling Coordinator": a department's word ends no name; it starts the title.
    if (TITLE_LEAD.test(tokens[k - 1]!)) continue;
    const name = tokens.slice(0, k).join(' ');
    const title = tokens.slice(k).join(' ');
    if (looksLikeName(name) && looksLikeTitle(title, true) && (!looksLikeName(title) || TITLE_LEAD.test(tokens[k]!))) return [name, title];
  }
  return undefined;
}

function isHeading(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return /^H[2-6]$/.test(tag) || ((tag === 'P' || tag === 'DIV' || tag === 'TD' || tag === 'LI') && el.children.length === 1 && /^(STRONG|B)$/i.test(el.children[0]!.tagName) && el.children[0]!.textContent?.trim() === el.textContent?.trim());
}
