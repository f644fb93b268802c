import { z } from 'zod';
import { CurrencySchema, EpochMsSchema, IdSchema, RecordBaseSchema, TextSchema } from './common.ts';
import { BantSchema } from './person.ts';

export const DealStatusSchema = z.enum(['open', 'won', 'lost']);
export type DealStatus = z.infer<typeof DealStatusSchema>;

export const StageEntrySchema = z.object({ stageId: z.string().min(1).max(64), enteredAt: EpochMsSchema });
export type StageEntry = z.infer<typeof StageEntrySchema>;

/** An opportunity: a concrete potential sale being worked. */
export const DealSchema = RecordBaseSchema.extend({
  title: TextSchema(200).pipe(z.string().min(1, 'a deal needs a title')),
  personId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  pipelineId: IdSchema,
  stageId: z.string().min(1).max(64),
  /** Minor units are avoided on purpose: values are amounts in `currency`, rounded to cents by the UI. */
  value: z.number().finite().min(0).max(1e12).default(0),
  currency: CurrencySchema.default('EUR'),
  /** Overrides the stage's default probability when set, 0..1. */
  probability: z.number().min(0).max(1).optional(),
  expectedCloseAt: EpochMsSchema.optional(),
  ownerId: IdSchema.optional(),
  /** Visible to and editable by every rep of the team, not only its owner. */
  shared: z.boolean().default(false),
  status: DealStatusSchema.default('open'),
  lostReason: TextSchema(300).optional(),
  closedAt: EpochMsSchema.optional(),
  stageHistory: z.array(StageEntrySchema).max(500).default([]),
  /** The earliest open follow-up task's due date; null once the last one is done (JSON cannot carry `undefined`, so a cleared date syncs as null). */
  nextFollowUpAt: EpochMsSchema.nullable().optional(),
  qualification: BantSchema.default({ budget: false, authority: false, need: false, timeline: false }),
  source: TextSchema(40).optional(),
  tags: z.array(TextSchema(40)).max(50).default([]),
});
export type Deal = z.infer<typeof DealSchema>;
export type DealInput = z.input<typeof DealSchema>;
