import type { CountryCode } from 'libphonenumber-js/core';
import type { Budget } from './budget.ts';
import type { CandidateAddress } from './candidate.ts';
import { uniq } from './clean.ts';
import { findAddresses } from './address.ts';
import { findEmails } from './emails.ts';
import { findPhones } from './phones.ts';
import { normaliseEmail, normalisePhone } from './normalise.ts';

/** Contact details visible on a page or in a message: e-mails, phones (faxes apart) and postal addresses. */
export interface ContactDetails {
  emails: string[];
  phones: string[];
  faxes: string[];
  addresses: CandidateAddress[];
}

/** Reads contact details from lines of text; `mailto:`/`tel:` hrefs may be passed in as extra evidence. */
export function findContacts(lines: string[], region: CountryCode, budget: Budget, links: string[] = []): ContactDetails {
  const emails: string[] = [];
  const phones: string[] = [];
  const faxes: string[] = [];
  for (const href of links) {
    if (/^mailto:/i.test(href)) emails.push(...href.slice(7).split(/[,;]/).map((e) => normaliseEmail(e) ?? ''));
    else if (/^(tel|callto):/i.test(href)) phones.push(normalisePhone(href, region) ?? '');
  }
  for (let i = 0; i < lines.length; i++) {
    if ((i & 255) === 255 && budget.expired()) break;
    const line = lines[i]!;
    emails.push(...findEmails(line));
    for (const p of findPhones(line, region)) (p.fax ? faxes : phones).push(p.value);
  }
  const faxSet = new Set(faxes);
  return {
    emails: uniq(emails),
    phones: uniq(phones.filter((p) => p && !faxSet.has(p))),
    faxes: uniq(faxes),
    // Most complete first: a street with city, region and postcode beats a lone "20341 Whitworth".
    addresses: uniq(findAddresses(lines).map((a) => a.address), (a) => JSON.stringify(a)).sort((a, b) => Object.keys(b).length - Object.keys(a).length),
  };
}
