import { RoleSchema } from '@pipeclip/shared';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const ServerSettingsSchema = z.object({
  url: z.url(),
  token: z.string().min(10),
  teamName: z.string(),
  memberName: z.string(),
  role: RoleSchema,
});
export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

const raw = storage.defineItem<unknown>('local:server', { fallback: null });

export const serverSettings = {
  async get(): Promise<ServerSettings | null> {
    const parsed = ServerSettingsSchema.safeParse(await raw.getValue());
    return parsed.success ? parsed.data : null;
  },
  set: (value: ServerSettings | null) => raw.setValue(value),
  watch: (cb: (value: ServerSettings | null) => void) => raw.watch((v) => cb(ServerSettingsSchema.safeParse(v).data ?? null)),
};

export const SyncStatusSchema = z.object({
  lastSyncAt: z.number().optional(),
  lastAttemptAt: z.number().optional(),
  error: z.object({ kind: z.string(), message: z.string() }).optional(),
  failures: z.number().int().default(0),
  running: z.boolean().default(false),
  /** While a long pull runs (a first sync with a large team): team versions received of the total. */
  progress: z.object({ done: z.number(), total: z.number() }).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

const rawStatus = storage.defineItem<unknown>('local:syncStatus', { fallback: null });

export const syncStatus = {
  async get(): Promise<SyncStatus> {
    return SyncStatusSchema.safeParse(await rawStatus.getValue()).data ?? { failures: 0, running: false };
  },
  set: (value: SyncStatus) => rawStatus.setValue(value),
  watch: (cb: (value: SyncStatus) => void) => rawStatus.watch((v) => cb(SyncStatusSchema.safeParse(v).data ?? { failures: 0, running: false })),
};
