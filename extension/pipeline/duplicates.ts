import type { Person } from '@pipeclip/shared';
import { findDuplicates, type Candidate, type DuplicateMatch } from '@pipeclip/shared/capture';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';

/**
 * Existing leads the candidate probably is. Looks up the indexed emails, phones, URLs, name and company,
 * plus the most recent leads (URLs and phones written differently), then lets `findDuplicates` judge.
 */
export async function duplicatesOf(db: PipeclipDb, c: Candidate): Promise<DuplicateMatch[]> {
  const company = c.company ?? c.companyGuess;
  const lists = await Promise.all([
    c.emails.length ? db.people.where('emails').anyOf(c.emails.map((e) => e.toLowerCase())).toArray() : [],
    c.phones.length ? db.people.where('phones').anyOf(c.phones).toArray() : [],
    c.urls.length ? db.people.where('urls').anyOf(c.urls).toArray() : [],
    c.name ? db.people.where('name').equalsIgnoreCase(c.name).limit(100).toArray() : [],
    company ? db.people.where('companyName').equalsIgnoreCase(company).limit(200).toArray() : [],
    db.people.orderBy('updatedAt').reverse().limit(2000).toArray(),
  ]);
  const unique = new Map<string, Person>();
  for (const p of lists.flat()) unique.set(p.id, p);
  return findDuplicates(c, [...unique.values()]);
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Merges a reviewed capture into an existing lead: adds new emails, phones and links, fills empty fields. */
export async function mergeIntoLead(db: PipeclipDb, existing: Person, captured: Person, now = Date.now()): Promise<Person> {
  const fields: Partial<Person> = {
    emails: union(existing.emails, captured.emails).slice(0, 20),
    phones: union(existing.phones, captured.phones).slice(0, 20),
    urls: union(existing.urls, captured.urls).slice(0, 20),
    updatedAt: now,
  };
  if (!existing.title && captured.title) fields.title = captured.title;
  if (!existing.companyName && captured.companyName) fields.companyName = captured.companyName;
  if (!existing.address && captured.address) fields.address = captured.address;
  const merged = { ...existing, ...fields };
  await putRecord(db, 'people', merged, fields);
  return merged;
}
