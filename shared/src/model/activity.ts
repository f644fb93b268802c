import { z } from 'zod';
import { EpochMsSchema, IdSchema, RecordBaseSchema, TextSchema } from './common.ts';

export const ActivityKindSchema = z.enum(['note', 'call', 'email', 'meeting', 'task']);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/** Append-only: an edit is a new activity whose `revises` names the one it replaces. */
export const ActivitySchema = RecordBaseSchema.extend({
  kind: ActivityKindSchema,
  personId: IdSchema.optional(),
  dealId: IdSchema.optional(),
  body: TextSchema(10_000).default(''),
  dueAt: EpochMsSchema.optional(),
  doneAt: EpochMsSchema.optional(),
  snoozedUntil: EpochMsSchema.optional(),
  revises: IdSchema.optional(),
  /** `in`: the contact reached out or replied; `out`: we reached out. Unset calls and emails count as `out`. */
  direction: z.enum(['in', 'out']).optional(),
  ownerId: IdSchema.optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;
