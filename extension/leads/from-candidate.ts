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

const list = (text: string) => text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);

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
