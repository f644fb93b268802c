import { z } from 'zod';
import type { ServerSettings } from './settings.ts';

const Money = z.number();
const SummarySchema = z.object({
  open: z.object({ count: z.number(), value: Money, weighted: Money }),
  winRate: z.object({ won: z.number(), lost: z.number(), rate: z.number().nullable() }),
});

export const TeamSummarySchema = z.object({
  currency: z.string(),
  quotaPeriod: z.string(),
  pipeline: z.object({ id: z.string(), name: z.string() }).nullable(),
  team: SummarySchema.nullable(),
  reps: z.array(
    z.object({
      member: z.object({ id: z.string(), name: z.string(), role: z.string() }),
      won: z.number(),
      attainment: z.number().nullable(),
      quota: z.object({ amount: z.number() }).nullable(),
      summary: SummarySchema,
    }),
  ),
});
export type TeamSummaryView = z.infer<typeof TeamSummarySchema>;

export const DuplicatesSchema = z.object({
  duplicates: z.array(z.object({ kind: z.enum(['email', 'domain']), key: z.string(), people: z.array(z.object({ id: z.string(), name: z.string().nullable(), ownerId: z.string().nullable() })) })),
});

/** Reads a team endpoint with this device's token; the answer is parsed, never trusted as-is. */
export async function teamGet<S extends z.ZodType>(server: ServerSettings, path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const res = await fetch(new URL(path, server.url), { headers: { authorization: `Bearer ${server.token}` }, signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return schema.parse(await res.json());
}
