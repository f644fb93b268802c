import { PersonSchema, uuidv7, type Person, type SourceKind } from '@pipeclip/shared';
import type { Candidate } from '@pipeclip/shared/capture';

/** The fields of the review form: what the rep sees and may edit before saving. */
export interface LeadDraft {
  name: string;
  title: string;
  company: string;
  emails: string;
  phones: string;
  urls: string;
  address: string;
}

/** The values of a list field as typed (one per line, comma or semicolon). */
export const list = (text: string) => text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);

const addressLine = (a: NonNullable<Candidate['address']>) => a.full ?? [a.street, [a.postcode, a.locality].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ');

export function draftFromCandidate(c: Candidate): LeadDraft {
  const address = c.address ? addressLine(c.address) : '';
  return {
    name: c.name ?? (c.kind === 'organization' ? c.company ?? '' : ''),
    title: c.title ?? '',
    company: c.company ?? (c.kind === 'organization' ? c.name ?? '' : ''),
    emails: c.emails.join(', '),
    phones: c.phones.join(', '),
    urls: c.urls.join(', '),
    address,
  };
}

/**
 * Validates a reviewed draft into a Person; the error names the field to fix. What the rep left as the engine
 * found it keeps the engine's structure (the address's street, town and postcode; given and family name), so
 * vCards and exports get those parts; what the rep rewrote is taken as written.
 */
export function personFromDraft(draft: LeadDraft, source: { kind: SourceKind; url?: string }, now = Date.now(), candidate?: Candidate) {
  const found = candidate ? draftFromCandidate(candidate) : undefined;
  const address = !draft.address ? undefined : found && candidate?.address && draft.address === found.address ? { ...candidate.address, full: draft.address } : { full: draft.address };
  const sameName = !!found && draft.name === found.name;
  return PersonSchema.safeParse({
    id: uuidv7(now),
    name: draft.name,
    givenName: sameName ? candidate?.givenName : undefined,
    familyName: sameName ? candidate?.familyName : undefined,
    title: draft.title || undefined,
    companyName: draft.company || undefined,
    emails: list(draft.emails),
    phones: list(draft.phones),
    urls: list(draft.urls),
    address,
    source: { kind: source.kind, url: source.url, capturedAt: now },
    createdAt: now,
    updatedAt: now,
  } satisfies Partial<Person> & Record<string, unknown>);
}

/** A problem `personFromDraft` found, as the form shows it: which field, and the value at fault. */
export type DraftProblem = { field: 'name' } | { field: 'emails' | 'urls'; value: string } | { field: 'other'; path: string };

/** Reads the first issue of a failed `personFromDraft` in terms of the form (its fields and what the rep typed). */
export function draftProblem(draft: LeadDraft, issue: { path: readonly PropertyKey[] }): DraftProblem {
  const [field, index] = issue.path;
  if (field === 'name') return { field: 'name' };
  if ((field === 'emails' || field === 'urls') && typeof index === 'number') return { field, value: list(draft[field])[index] ?? '' };
  return { field: 'other', path: issue.path.map(String).join('.') };
}
