import { z } from 'zod';

export const CaptureSourceSchema = z.enum([
  'json-ld', 'microdata', 'rdfa', 'h-card', 'meta', 'link', 'text', 'imprint', 'team', 'profile', 'selection', 'signature', 'email-header', 'email-domain',
]);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

const text = z.string().trim().min(1).max(500);

export const CandidateAddressSchema = z.object({
  street: text.optional(),
  locality: text.optional(),
  region: text.optional(),
  postcode: text.optional(),
  country: text.optional(),
  full: text.optional(),
});
export type CandidateAddress = z.infer<typeof CandidateAddressSchema>;

/** What the capture engine found about one prospect (a person, or a company when no person is named). */
export const CandidateSchema = z.object({
  kind: z.enum(['person', 'organization']),
  name: text.optional(),
  givenName: text.optional(),
  familyName: text.optional(),
  title: text.optional(),
  company: text.optional(),
  /** Company guessed from the e-mail domain when nothing on the page or in the message names it (never free-mail). */
  companyGuess: text.optional(),
  emails: z.array(z.string().max(320)).default([]),
  phones: z.array(z.string().max(40)).default([]),
  urls: z.array(z.string().max(2048)).default([]),
  address: CandidateAddressSchema.optional(),
  /** Company register entry, e.g. "HRB 12345 (Amtsgericht Berlin)" or "KvK 12345678" (imprint pages). */
  registerId: text.optional(),
  /** VAT identification number, e.g. "DE123456789". */
  vatId: text.optional(),
  /** 0..1: how sure the engine is that this is a real prospect. */
  confidence: z.number().min(0).max(1),
  /** Where each field came from, e.g. `{ name: 'json-ld', phones: 'text' }`. */
  sources: z.record(z.string(), CaptureSourceSchema).default({}),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const CaptureResultSchema = z.object({
  url: z.string().max(2048),
  title: z.string().max(500).optional(),
  candidates: z.array(CandidateSchema).max(200),
  /** Milliseconds the extraction took. */
  elapsedMs: z.number().nonnegative(),
  /** Set when the time budget ran out and later sources were not tried. */
  truncated: z.boolean().default(false),
  /** Messages a user should see, e.g. `gmail-layout-unrecognised`. */
  notices: z.array(z.string().max(100)).default([]),
});
export type CaptureResult = z.infer<typeof CaptureResultSchema>;
