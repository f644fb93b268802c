import { z } from 'zod';

/** Client-generated UUIDv7 (any RFC 9562 UUID is accepted on the wire). */
export const IdSchema = z.uuid({ message: 'must be a UUID' });
/** Epoch milliseconds. */
export const EpochMsSchema = z.number().int().nonnegative();
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code');
/** Short human text: trimmed, bounded, no control characters. */
export const TextSchema = (max = 300) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''));

export const AddressSchema = z.object({
  street: TextSchema(200).optional(),
  locality: TextSchema(120).optional(),
  region: TextSchema(120).optional(),
  postcode: TextSchema(20).optional(),
  country: TextSchema(80).optional(),
  full: TextSchema(400).optional(),
});
export type Address = z.infer<typeof AddressSchema>;

export const SourceKindSchema = z.enum(['web', 'selection', 'email', 'import', 'manual']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.object({
  kind: SourceKindSchema,
  url: z.string().max(2048).optional(),
  capturedAt: EpochMsSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/** Fields every synced record carries. */
export const RecordBaseSchema = z.object({
  id: IdSchema,
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  deletedAt: EpochMsSchema.optional(),
});
