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

export function draftFromCandidate(c: Candidate): LeadDraft {
  const address = c.address ? c.address.full ?? [c.address.street, [c.address.postcode, c.address.locality].filter(Boolean).join(' '), c.address.region, c.address.country].filter(Boolean).join(', ') : '';
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

/** Validates a reviewed draft into a Person; the error names the field to fix. */
export function personFromDraft(draft: LeadDraft, source: { kind: SourceKind; url?: string }, now = Date.now()) {
  return PersonSchema.safeParse({
    id: uuidv7(now),
    name: draft.name,
    title: draft.title || undefined,
    companyName: draft.company || undefined,
    emails: list(draft.emails),
    phones: list(draft.phones),
    urls: list(draft.urls),
    address: draft.address ? { full: draft.address } : undefined,
    source: { kind: source.kind, url: source.url, capturedAt: now },
    createdAt: now,
    updatedAt: now,
  } satisfies Partial<Person> & Record<string, unknown>);
}
