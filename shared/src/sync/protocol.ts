import { z } from 'zod';
import { ActivitySchema } from '../model/activity.ts';
import { CompanySchema } from '../model/company.ts';
import { DealSchema } from '../model/deal.ts';
import { PersonSchema } from '../model/person.ts';
import { PipelineSchema } from '../model/pipeline.ts';
import { HLC_PATTERN } from './hlc.ts';

/** Bumped when the wire format changes incompatibly; the server refuses other versions with 426. */
export const PROTOCOL_VERSION = 1;
/** Bumped when a record schema changes incompatibly. */
export const SCHEMA_VERSION = 1;

export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_ROWS = 2000;

/** The synced collections and the schema of a full record in each. */
export const COLLECTIONS = {
  people: PersonSchema,
  companies: CompanySchema,
  deals: DealSchema,
  activities: ActivitySchema,
  pipelines: PipelineSchema,
} as const;
export type Collection = keyof typeof COLLECTIONS;
export const CollectionSchema = z.enum(Object.keys(COLLECTIONS) as [Collection, ...Collection[]]);

export const HlcStampSchema = z.string().regex(HLC_PATTERN, 'must be a hybrid logical clock stamp');
export const ClientIdSchema = z.string().regex(/^[\w-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _');

const base = { id: z.number().int().positive(), hlc: HlcStampSchema };
const target = { collection: CollectionSchema, recordId: z.uuid() };

/** A named mutation. `id` increases by one per client; `hlc` orders it against other writers. */
export const MutationSchema = z.discriminatedUnion('name', [
  z.object({ ...base, name: z.literal('record.put'), args: z.object({ ...target, fields: z.record(z.string(), z.unknown()) }) }),
  z.object({ ...base, name: z.literal('record.delete'), args: z.object(target) }),
]);
export type Mutation = z.infer<typeof MutationSchema>;

/** Headers every sync request carries; a mismatch is answered 426 "please update". */
export const PROTOCOL_HEADER = 'x-pipeclip-protocol';
export const SCHEMA_HEADER = 'x-pipeclip-schema';

export const PushRequestSchema = z.object({
  clientId: ClientIdSchema,
  mutations: z.array(MutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const MutationResultSchema = z.object({
  id: z.number().int(),
  status: z.enum(['applied', 'skipped', 'failed']),
  error: z.string().optional(),
});
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({
  lastMutationId: z.number().int().nonnegative(),
  cookie: z.number().int().nonnegative(),
  results: z.array(MutationResultSchema),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullRowSchema = z.object({
  collection: CollectionSchema,
  id: z.uuid(),
  version: z.number().int().positive(),
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable(),
  stamps: z.record(z.string(), HlcStampSchema),
});
export type PullRow = z.infer<typeof PullRowSchema>;

/** A write of the pulling client that lost to a later one: shown to the rep, never silently dropped. */
export const LostWriteSchema = z.object({
  collection: CollectionSchema,
  recordId: z.uuid(),
  field: z.string(),
  value: z.unknown(),
  stamp: HlcStampSchema,
  winningStamp: HlcStampSchema,
});
export type LostWriteRow = z.infer<typeof LostWriteSchema>;

export const PullResponseSchema = z.object({
  cookie: z.number().int().nonnegative(),
  lastMutationId: z.number().int().nonnegative(),
  rows: z.array(PullRowSchema),
  /** This client's writes that lost, decided in the versions this page covers. */
  lost: z.array(LostWriteSchema).default([]),
  more: z.boolean(),
  /** The team's version when the page was read: with `cookie`, how far a long first sync has come. */
  head: z.number().int().nonnegative().optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

const fieldSchemas = new Map<Collection, z.ZodType>();
const recordSchemas = new Map<Collection, z.ZodType>();

/** Validates the fields of a put against the collection's schema; unknown fields are refused. */
export function parseFields(collection: Collection, fields: Record<string, unknown>) {
  let schema = fieldSchemas.get(collection);
  if (!schema) {
    schema = (COLLECTIONS[collection] as z.ZodObject).omit({ id: true }).partial().strict();
    fieldSchemas.set(collection, schema);
  }
  return schema.safeParse(fields);
}

/**
 * Validates the fields of a put that creates a record, in one pass: every field as `parseFields` does, and the
 * record whole (no required field missing). The output is the whole record but its id, defaults filled in.
 */
export function parseNewRecord(collection: Collection, fields: Record<string, unknown>) {
  let schema = recordSchemas.get(collection);
  if (!schema) {
    schema = (COLLECTIONS[collection] as z.ZodObject).omit({ id: true }).strict();
    recordSchemas.set(collection, schema);
  }
  return schema.safeParse(fields) as z.ZodSafeParseResult<Record<string, unknown>>;
}
