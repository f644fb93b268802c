import { z } from 'zod';

/** Every message between extension contexts; parsed on receipt, never trusted as-is. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture'), tabId: z.number().int().optional(), selection: z.string().max(20_000).optional() }),
  z.object({ type: z.literal('sync') }),
  /** The side panel has opened: get the capture engine ready before the rep clips. */
  z.object({ type: z.literal('prepare-capture') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const ReplySchema = z.object({ ok: z.boolean(), error: z.string().optional() });
export type Reply = z.infer<typeof ReplySchema>;
