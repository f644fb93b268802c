import type { DeadLeadOptions } from '@pipeclip/shared/scoring';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** When the Today view suggests giving up on a lead: the rep's own thresholds. */
export const HygieneSettingsSchema = z.object({
  maxUnansweredFollowUps: z.number().int().min(1).max(50),
  maxIdleDays: z.number().int().min(1).max(730),
});
export type HygieneSettings = Required<DeadLeadOptions> & z.infer<typeof HygieneSettingsSchema>;

export const DEFAULT_HYGIENE: HygieneSettings = { maxUnansweredFollowUps: 3, maxIdleDays: 30 };

const raw = storage.defineItem<unknown>('local:hygiene', { fallback: null });
const parse = (value: unknown): HygieneSettings => HygieneSettingsSchema.safeParse(value).data ?? DEFAULT_HYGIENE;

export const hygieneSettings = {
  get: async (): Promise<HygieneSettings> => parse(await raw.getValue()),
  /** Stores valid thresholds; throws (with zod's issues) on anything else, so nothing invalid is kept. */
  set: (value: HygieneSettings) => raw.setValue(HygieneSettingsSchema.parse(value)),
  watch: (cb: (value: HygieneSettings) => void) => raw.watch((v) => cb(parse(v))),
};
