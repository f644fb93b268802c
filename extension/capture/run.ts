import { CaptureResultSchema } from '@pipeclip/shared/capture';
import { browser } from 'wxt/browser';
import { captureErrorOf } from './access.ts';
import { PageCopySchema, extractCopy } from './engine-host.ts';
import { MAX_PAGE_CHARS, readPage } from './read-page.ts';
import { captureState } from './state.ts';

/**
 * Reads the tab: a small function injected on the rep's request copies the page's markup, and the engine reads
 * the copy in the extension (`engine-host.ts`), where it is loaded and compiled already. Nothing stays in the page.
 */
async function runInTab(tabId: number, selection: string | null): Promise<unknown> {
  const [read] = await browser.scripting.executeScript({
    target: { tabId },
    // The rep asked now: a page still loading (ads, trackers) is read as it is, not after it settles.
    injectImmediately: true,
    func: readPage,
    args: [MAX_PAGE_CHARS],
  });
  const page = PageCopySchema.parse(read?.result);
  return extractCopy(page, selection);
}

/**
 * Reads one tab (only now, on the rep's request) and stores its candidates.
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
