import { CaptureResultSchema } from '@pipeclip/shared/capture';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** The latest capture, shared by the background (which runs it) and the side panel (which shows it). */
export const CaptureStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), url: z.string(), startedAt: z.number() }),
  z.object({ status: z.literal('done'), result: CaptureResultSchema, startedAt: z.number(), kind: z.enum(['web', 'selection', 'email']) }),
  z.object({ status: z.literal('error'), error: z.string(), url: z.string().optional(), startedAt: z.number() }),
]);
export type CaptureState = z.infer<typeof CaptureStateSchema>;

const raw = storage.defineItem<unknown>('session:capture', { fallback: null });

export const captureState = {
  async get(): Promise<CaptureState | null> {
    const parsed = CaptureStateSchema.safeParse(await raw.getValue());
    return parsed.success ? parsed.data : null;
  },
  set: (state: CaptureState | null) => raw.setValue(state),
  watch(callback: (state: CaptureState | null) => void) {
    return raw.watch((value) => {
      const parsed = CaptureStateSchema.safeParse(value);
      callback(parsed.success ? parsed.data : null);
    });
  },
};
