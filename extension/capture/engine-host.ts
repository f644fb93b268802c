import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PageCopy } from './engine.ts';

/**
 * Where the capture engine runs: in an offscreen document that stays open, so its code is loaded and its
 * regular expressions are compiled once, not in every page a rep clips (a fresh page compiled them on every
 * first capture, 100–200 ms). Firefox's background is a page with a DOM of its own and runs the engine itself.
 */
const OFFSCREEN_PATH = '/offscreen.html';

/** A page's copy as the reader returns it: checked, as everything that comes out of a page is. */
export const PageCopySchema = z.object({ url: z.string(), html: z.string(), truncated: z.boolean() }) satisfies z.ZodType<PageCopy>;

export const ExtractRequestSchema = z.object({
  target: z.literal('offscreen'),
  type: z.literal('extract'),
  page: PageCopySchema,
  selection: z.string().nullable(),
});
export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

/** Chrome's offscreen API, as far as Pipeclip uses it. */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

let opening: Promise<void> | undefined;

/**
 * Opens the engine's document unless it is open; cheap when it is. Called when the side panel opens and per
 * capture; callers that meet while it opens share one attempt (two would fail: only one may exist).
 */
export async function prepareEngine(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  opening ??= openEngine().finally(() => (opening = undefined));
  await opening;
}

async function openEngine(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) throw new Error('This browser offers no offscreen document to read pages in');
  const url = browser.runtime.getURL(OFFSCREEN_PATH as '/offscreen.html');
  const isOpen = async () => (await (browser.runtime as unknown as ContextsApi).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0;
  if (await isOpen()) return;
  try {
    await offscreen.createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Reads the prospects out of the page the rep clips' });
  } catch (err) {
    // Another instance of the background (a restarted service worker) opened it meanwhile: only one may exist.
    if (!(await isOpen())) throw err;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the engine on a page's copy, in the engine's document; resolves to its raw answer (validated by the caller). */
export async function extractCopy(page: PageCopy, selection: string | null): Promise<unknown> {
  // Firefox's background is a page with a DOM; Chrome's is a service worker without one. The condition is known
  // at build time, so Chrome's worker does not carry the engine.
  if (import.meta.env.FIREFOX) return (await import('./engine.ts')).captureCopy(page, selection);
  const request: ExtractRequest = { target: 'offscreen', type: 'extract', page, selection };
  for (let attempt = 0; ; attempt++) {
    await prepareEngine();
    // A document that is still loading (or was closed) has no listener yet: ask again shortly, a few times.
    const reply = (await browser.runtime.sendMessage(request).catch((err: unknown) => {
      if (attempt < 4 && /receiving end does not exist|message port closed/i.test(String(err))) return undefined;
      throw err;
    })) as { result?: unknown; error?: string } | undefined;
    if (reply?.error !== undefined) throw new Error(reply.error);
    if (reply) return reply.result;
    if (attempt >= 4) throw new Error('The capture engine did not answer');
    await pause(50 * 2 ** attempt);
  }
}
