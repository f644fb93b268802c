import { z } from 'zod';
import { AddressSchema, IdSchema, RecordBaseSchema, SourceSchema, TextSchema } from './common.ts';

export const BantSchema = z.object({
  budget: z.boolean().default(false),
  authority: z.boolean().default(false),
  need: z.boolean().default(false),
  timeline: z.boolean().default(false),
});
export type Bant = z.infer<typeof BantSchema>;

/** A lead or contact: someone who may buy. */
export const PersonSchema = RecordBaseSchema.extend({
  name: TextSchema(200).pipe(z.string().min(1, 'a person needs a name')),
  givenName: TextSchema(100).optional(),
  familyName: TextSchema(100).optional(),
  title: TextSchema(200).optional(),
  companyId: IdSchema.optional(),
  companyName: TextSchema(200).optional(),
  emails: z.array(z.string().trim().toLowerCase().pipe(z.email('not an email address'))).max(20).default([]),
  phones: z.array(TextSchema(40)).max(20).default([]),
  urls: z.array(z.url().max(2048)).max(20).default([]),
  address: AddressSchema.optional(),
  source: SourceSchema,
  ownerId: IdSchema.optional(),
  /** Visible to and editable by every rep of the team, not only its owner. */
  shared: z.boolean().default(false),
  tags: z.array(TextSchema(40)).max(50).default([]),
  qualification: BantSchema.default({ budget: false, authority: false, need: false, timeline: false }),
  score: z.number().min(0).max(100).optional(),
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
