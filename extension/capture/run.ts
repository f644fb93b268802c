import { CaptureResultSchema } from '@pipeclip/shared/capture';
import { browser } from 'wxt/browser';
import { captureErrorOf } from './access.ts';
import { captureState } from './state.ts';

/** Set by the injected capture script in the page's isolated world, with the version of the extension that set it. */
type CaptureFn = ((selection: string | null) => unknown) & { version?: string };

const NOT_LOADED = '__pipeclip-not-loaded';

/**
 * Runs the capture in the tab. The script stays in the page's isolated world, so a second capture there skips
 * loading it again (unless it came from another version of the extension). On a page without it, the request is
 * left in the page for the script, which answers it as it loads: two round trips to the tab, not three.
 */
async function runInTab(tabId: number, selection: string | null): Promise<unknown> {
  const version = browser.runtime.getManifest().version;
  const [called] = await browser.scripting.executeScript({
    target: { tabId },
    // The rep asked now: a page still loading (ads, trackers) is read as it is, not after it settles.
    injectImmediately: true,
    func: (sel: string | null, v: string, missing: string) => {
      const slots = globalThis as unknown as { __pipeclipCapture?: CaptureFn; __pipeclipPending?: { selection: string | null } };
      if (slots.__pipeclipCapture?.version === v) return slots.__pipeclipCapture(sel);
      slots.__pipeclipPending = { selection: sel };
      return missing;
    },
    args: [selection, version, NOT_LOADED],
  });
  if (called?.result !== NOT_LOADED) return called?.result;
  const [loaded] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'], injectImmediately: true });
  return loaded?.result;
}

/**
 * Injects the capture script into one tab (only now, on the rep's request) and stores its candidates.
 * Pages the extension may not script (the web store, browser pages) or has not been given get a plain explanation instead.
 */
export async function captureTab(tabId: number, selection?: string): Promise<void> {
  const startedAt = Date.now();
  // The "running" state is written while the page is read, not before: the rep waits for the result, not for storage.
  const running = browser.tabs
    .get(tabId)
    .catch(() => undefined)
    .then(async (tab) => {
      await captureState.set({ status: 'running', url: tab?.url ?? '', startedAt });
      return tab;
    });
  try {
    const result = CaptureResultSchema.parse(await runInTab(tabId, selection ?? null));
    const kind = selection ? 'selection' : result.notices.some((n) => n.startsWith('mail:')) ? 'email' : 'web';
    await running;
    await captureState.set({ status: 'done', result, startedAt, kind });
  } catch (err) {
    console.warn('[pipeclip] capture failed', err);
    const tab = await running;
    await captureState.set({ status: 'error', error: captureErrorOf(err), url: tab?.url, startedAt });
  }
}
