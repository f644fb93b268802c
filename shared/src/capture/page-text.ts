import type { CountryCode } from 'libphonenumber-js/core';
import type { Budget } from './budget.ts';
import type { Candidate } from './candidate.ts';
import { repeatsAddress } from './address.ts';
import { clean } from './clean.ts';
import { copyrightHolder, legalNameLine, pickCompany, titleParts } from './company.ts';
import { findContacts, type ContactDetails } from './contact-text.ts';
import { isOrgName, readCard, type Anchor } from './card.ts';
import { textLines, type Line } from './dom.ts';
import { readImprint } from './imprint.ts';
import type { PageMeta } from './meta.ts';
import { findAuthor } from './byline.ts';
import { canonicalUrl, companyFromEmail, normaliseEmail } from './normalise.ts';
import { emailOfName } from './names.ts';
import { findPhones } from './phones.ts';
import { findPeople, MENTION_CONFIDENCE, personCandidate } from './people.ts';

const CONTACT_HREF = /^(?:mailto|tel|callto):/i;
const hasContact = (c: Candidate) => c.emails.length > 0 || c.phones.length > 0 || !!c.address;

/**
 * The page's company from its title, site name, copyright line, logo and e-mail domain. `titleOnly`: nothing but
 * the page's title names it (a weather page titled "Weather" is not a company to clip).
 */
function guessCompany(doc: Document, meta: PageMeta, lines: string[], emails: string[], structured: Candidate[]): { name?: string; titleOnly: boolean } {
  const votes: { name: string; weight: number; title?: true }[] = [];
  const parts = titleParts(doc.title ?? '');
  // "Page | Site" is the common order; a lone short title is the site's name. Names the page repeats weigh more.
  const text = lines.slice(0, 400).join('\n').toLowerCase();
  parts.forEach((p, i) => {
    const base = parts.length === 1 ? (p.split(' ').length <= 5 ? 1 : 0.8) : i === parts.length - 1 ? 1 : i === 0 ? 0.9 : 0.6;
    votes.push({ name: p, weight: base + Math.min(0.6, 0.2 * mentions(text, p.toLowerCase())), title: true });
  });
  if (meta.siteName) votes.push({ name: meta.siteName, weight: 1.2 });
  for (const line of lines.slice(0, 400)) {
    const legal = legalNameLine(line);
    if (legal) votes.push({ name: legal, weight: 0.6 });
  }
  for (const line of lines.slice(-80)) {
    // An embedded map's notice ("Map data © 2014 Google") names the map's maker, not the site's owner. A page decoded
    // with the wrong charset shows its "©" as U+FFFD: one right before a year still marks the copyright line.
    const holder = /©|\uFFFD ?\d{4}|\(c\)|copyright/i.test(line) && !/google/i.test(line) ? copyrightHolder(line) : undefined;
    if (holder) votes.push({ name: holder, weight: 1.7 });
  }
  const logo = Array.from(doc.querySelectorAll('img[alt]'))
    .slice(0, 300)
    .find((img) => img.getAttribute('alt') && (/logo/i.test(`${img.getAttribute('src')} ${img.getAttribute('class')} ${img.id}`) || img.parentElement?.closest('[class*="logo"], [class*="Logo"]')))
    ?.getAttribute('alt');
  // A logo's alt text often carries a tagline too ("Acme Law Firm - Injury Lawyers in Austin"): its parts vote apart.
  if (logo && clean(logo).length > 1 && !/logo/i.test(logo)) for (const name of titleParts(logo)) votes.push({ name, weight: 1 });
  for (const c of structured) {
    if (c.kind === 'organization' && c.name) votes.push({ name: c.name, weight: 2 });
    else if (c.company) votes.push({ name: c.company, weight: 2 }); // markup naming a person's employer names the company
  }
  for (const e of emails.slice(0, 3)) {
    const guess = companyFromEmail(e);
    if (guess) votes.push({ name: guess, weight: 0.3 });
  }
  const name = pickCompany(votes);
  const same = (v: string) => !!name && (v.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(v.toLowerCase()));
  return { name, titleOnly: !!name && !votes.some((v) => !v.title && same(v.name)) && mentions(text, name.toLowerCase()) === 0 };
}

function mentions(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0 && n < 3; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

const isArticle = (doc: Document) => !!doc.querySelector('meta[property="og:type"][content="article"], meta[property="article:published_time"], meta[name="article:published_time"]');

const anchorsOf = (doc: Document): Anchor[] =>
  Array.from(doc.querySelectorAll('a[href]'))
    .slice(0, 100)
    .map((a) => ({ text: clean(a.textContent, 200), href: a.getAttribute('href') ?? '' }));

/** A fragment's one subject carries every contact detail in it. */
function cardWithContacts(card: Candidate, contacts: ContactDetails): Candidate {
  Object.assign(card, { emails: contacts.emails, phones: contacts.phones, address: contacts.addresses[0] });
  Object.assign(card.sources, { emails: 'text', phones: 'text', address: 'text' });
  return card;
}

/**
 * Heuristic capture from the visible text: contact details, the company, people on team pages (each with their own
 * title), managing directors and ids on imprint pages, and the author of profile-like pages.
 */
// Links to one person's profile on a network, as a team page's cards carry them.
const PROFILE = /^https?:\/\/(?:[\w-]+\.)?(?:linkedin\.com\/in\/|xing\.com\/profile\/|twitter\.com\/|x\.com\/|github\.com\/)[^/?#\s]+/i;

/**
 * Gives each person listed on a page what their own card holds: the phone numbers in the lines after their name,
 * and its e-mail and profile links. A card is the largest element around the name that names no one else, so the
 * company's switchboard under the list stays the company's. Returns the phones and e-mails given.
 */
function cardContacts(people: Candidate[], lines: Line[], region: CountryCode): Set<string> {
  const at = people.map((person) => ({ person, line: lines.findIndex((l) => !!person.name && l.text.includes(person.name)) })).filter((p) => p.line >= 0);
  const given = new Set<string>();
  const give = (person: Candidate, field: 'phones' | 'emails' | 'urls', value: string) => {
    if (person[field].includes(value)) return;
    person[field].push(value);
    person.sources[field] ??= field === 'urls' ? 'link' : 'text';
    given.add(value);
  };
  for (const { person, line } of at) {
    const others = at.filter((o) => o.person !== person).map((o) => lines[o.line]!.block);
    let card: Element = lines[line]!.block;
    // Named in the same element as someone else ("Geschäftsführer: Max Mustermann, Erika Musterfrau"): no card.
    if (others.some((o) => card.contains(o))) continue;
    while (card.parentElement && !others.some((o) => card.parentElement!.contains(o))) card = card.parentElement;
    // A card that is the whole page (one person listed among many lines) is no card.
    if (card.parentElement === null || card.tagName === 'BODY') continue;
    for (let k = line + 1; k < Math.min(lines.length, line + 8) && card.contains(lines[k]!.block); k++) {
      for (const phone of findPhones(lines[k]!.text, region)) if (!phone.fax) give(person, 'phones', phone.value);
    }
    for (const a of Array.from(card.querySelectorAll('a[href]')).slice(0, 20)) {
      const href = a.getAttribute('href') ?? '';
      const email = /^mailto:/i.test(href) ? normaliseEmail(href) : undefined;
      if (email) give(person, 'emails', email);
      else if (PROFILE.test(href)) give(person, 'urls', canonicalUrl(href) ?? href);
    }
  }
  return given;
}

export function extractPageText(doc: Document, pageUrl: string, region: CountryCode, meta: PageMeta, budget: Budget, structured: Candidate[]): Candidate[] {
  // Markup naming someone with their contacts is the page's own statement; nameless cards (a footer's phone) are not.
  if (structured.some((c) => c.name && hasContact(c))) return [];
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  const lines = textLines(body, budget);
  const texts = lines.map((l) => l.text);
  // One plain selector and a test: a list of case-insensitive prefix selectors costs several passes over the page.
  const links = Array.from(doc.querySelectorAll('a[href]'))
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => CONTACT_HREF.test(href))
    .slice(0, 200);
  const found = findContacts(texts, region, budget, links);
  // An address the markup already gave, found again in the text, is not a second address.
  const markedAddresses = structured.flatMap((c) => (c.address ? [c.address] : []));
  const contacts = { ...found, addresses: found.addresses.filter((a) => !markedAddresses.some((m) => repeatsAddress(a, m))) };
  // A document without a title is a fragment (pasted markup, a message body), not a site's page: it has one subject.
  const card = structured.length || clean(doc.title) || doc.querySelector('title')?.textContent?.trim() ? undefined : readCard(lines, () => anchorsOf(doc));
  if (card) {
    // A later heading naming another business (a department, a branch) starts that one's details.
    const end = lines.findIndex((l, i) => i && /^H[1-3]$/.test(l.block.nodeName) && isOrgName(l.text) && l.text !== card.name);
    return [cardWithContacts(card, end > 0 ? findContacts(texts.slice(0, end), region, budget, links) : contacts)];
  }
  const guessed = guessCompany(doc, meta, texts, contacts.emails, structured);
  const company = guessed.name;
  const out: Candidate[] = [];
  // Markup that names a person is the page's own statement; text heuristics would only add noise next to it.
  // A fragment whose markup is about an organisation (its founder and staff as plain values) is not a team page.
  const marked = structured.some((c) => c.kind === 'person' && c.name) || (!clean(doc.title) && structured.some((c) => c.kind === 'organization' && !!c.name));
  const author = marked ? undefined : findAuthor(doc, meta);
  // An article names its author; the other names on it (related stories, quoted people, menus) are not prospects,
  // so a long article's lines are not searched for them at all.
  const article = !!author && isArticle(doc);
  let people = budget.expired() || marked || article ? [] : findPeople(lines);
  if (author) {
    const byline = personCandidate(author.name, undefined, author.fromMeta ? 'meta' : 'profile', 0.8);
    people = article ? [byline] : [byline, ...people.filter((p) => p.name !== byline.name)];
  }
  const imprint = readImprint(texts);
  // The imprint's directors are often the team reader's too ("Geschäftsführer: …" is a labelled title): once each.
  people.push(...imprint.people.filter((p) => !people.some((q) => q.name === p.name)));
  for (const p of people) {
    // A person the page names with their own company (a client signing a testimonial) keeps it.
    if (company && !p.company) {
      p.company = company;
      // Where the company candidate's name comes from too, so the form says it beside the field.
      p.sources['company'] ??= 'meta';
    }
    out.push(p);
  }
  // A team page lists its people's own addresses beside the company's: each goes to the one person it names.
  const personal = new Set<string>();
  for (const email of contacts.emails) {
    const owners = people.filter((p) => p.name && emailOfName(email, p.name));
    if (owners.length !== 1) continue;
    owners[0]!.emails.push(email);
    owners[0]!.sources['emails'] ??= 'text';
    personal.add(email);
  }
  // And what each person's own card holds ("Anna Schmidt / Leiterin Vertrieb / Tel. …-12", a profile link).
  if (people.length > 1 && people.length <= 40 && !budget.expired()) for (const value of cardContacts(people, lines, region)) personal.add(value);
  const org: Candidate = {
    kind: 'organization',
    name: company,
    company,
    emails: contacts.emails.filter((e) => !personal.has(e)),
    phones: contacts.phones.filter((p) => !personal.has(p)),
    urls: [],
    address: contacts.addresses[0],
    confidence: company ? 0.5 : 0.3,
    sources: { name: 'meta', emails: 'text', phones: 'text', address: 'text' },
  };
  // A page with one address is where the company's people work: each of them gets it (not a client who only signs a
  // testimonial with a company of their own). With several offices, it is not known whose is whose.
  if (company && contacts.addresses.length === 1) {
    for (const p of people) if (p.company === company && !p.address) Object.assign(p, { address: { ...contacts.addresses[0] }, sources: { ...p.sources, address: 'text' } });
  }
  if (imprint.registerId) org.registerId = imprint.registerId;
  if (imprint.vatId) org.vatId = imprint.vatId;
  // One person on a page is its subject, and the page's contacts are theirs; an imprint's are the company's, and so
  // are a page's on which someone is only mentioned ("Sales inquiries: Mike Thompson, Regional Sales Manager").
  if (people.length === 1 && structured.length === 0 && !imprint.people.length && people[0]!.confidence > MENTION_CONFIDENCE) {
    Object.assign(people[0]!, { emails: [...people[0]!.emails, ...org.emails], phones: org.phones });
    org.emails = [];
    org.phones = [];
  }
  const bareTitle = guessed.titleOnly && out.length === 0 && !hasContact(org) && !org.registerId && !org.vatId;
  if (!bareTitle && (org.name || org.emails.length || org.phones.length || org.address)) out.push(org);
  for (const address of contacts.addresses.slice(1, 10)) {
    out.push({ kind: 'organization', name: company, company, emails: [], phones: [], urls: [], address, confidence: 0.3, sources: { address: 'text' } });
  }
  void pageUrl;
  return out;
}
