import { z } from 'zod';
import { IdSchema, RecordBaseSchema, TextSchema } from './common.ts';

export const StageKindSchema = z.enum(['open', 'won', 'lost']);
export type StageKind = z.infer<typeof StageKindSchema>;

export const StageSchema = z.object({
  id: TextSchema(64).pipe(z.string().min(1)),
  name: TextSchema(80).pipe(z.string().min(1, 'a stage needs a name')),
  kind: StageKindSchema,
  /** Default win probability of a deal in this stage, 0..1. */
  probability: z.number().min(0).max(1),
  /** BANT criteria required before a deal may enter this stage. */
  requires: z.array(z.enum(['budget', 'authority', 'need', 'timeline'])).default([]),
});
export type Stage = z.infer<typeof StageSchema>;

export const PipelineSchema = RecordBaseSchema.extend({
  name: TextSchema(80).pipe(z.string().min(1)),
  stages: z
    .array(StageSchema)
    .min(2)
    .max(30)
    .refine((stages) => new Set(stages.map((s) => s.id)).size === stages.length, 'stage ids must be unique'),
  ownerId: IdSchema.optional(),
});
export type Pipeline = z.infer<typeof PipelineSchema>;

/**
 * The id of the pipeline every device creates on first use. One id for all devices makes two reps who join a
 * team at the same moment send one and the same record: the team gets one funnel, never one per rep.
 */
export const TEAM_PIPELINE_ID = '00000000-0000-7000-8000-00000000cafe';

/** The default pipeline's stages; their names in German and Dutch are in DEFAULT_STAGE_NAMES. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { id: 'lead', name: 'Lead generation', kind: 'open', probability: 0.05, requires: [] },
  { id: 'contact', name: 'First contact & nurturing', kind: 'open', probability: 0.1, requires: [] },
  { id: 'qualification', name: 'Qualification', kind: 'open', probability: 0.2, requires: [] },
  { id: 'demo', name: 'Demo / trial', kind: 'open', probability: 0.4, requires: [] },
  { id: 'proposal', name: 'Proposal & negotiation', kind: 'open', probability: 0.6, requires: [] },
  { id: 'won', name: 'Closed won', kind: 'won', probability: 1, requires: [] },
  { id: 'lost', name: 'Closed lost', kind: 'lost', probability: 0, requires: [] },
];
