import { z } from 'zod';

/** What a peer process is told at spawn time (through the PEER_CONFIG environment variable). */
export const PeerConfigSchema = z.object({
  url: z.string().default(''),
  /** Pipeclip only: the device token. */
  token: z.string().default(''),
  /** TinyBase and Yjs only: a fresh room per run. */
  room: z.string().default('bench'),
  count: z.number().int().positive().default(1),
});
export type PeerConfig = z.input<typeof PeerConfigSchema>;

const ProfileSchema = z.record(z.string(), z.number()).default({});

/** Messages from a peer process to the benchmark. Times are epoch ms with sub-ms precision, same machine clock. */
export const PeerMessageSchema = z.discriminatedUnion('type', [
  /** Set up and waiting for `go` (writers) or for data (readers); servers also say where they listen. */
  z.object({ type: z.literal('ready'), url: z.string().optional() }),
  /** Writer: every write committed locally (and, for Pipeclip, acknowledged by the server). */
  z.object({ type: z.literal('written'), firstWriteAt: z.number(), profile: ProfileSchema }),
  /** Reader: holds every record. */
  z.object({ type: z.literal('done'), doneAt: z.number(), profile: ProfileSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type PeerMessage = z.infer<typeof PeerMessageSchema>;
export type PeerMessageType = PeerMessage['type'];
