import { CaptureResultSchema } from '@pipeclip/shared/capture';
import { browser } from 'wxt/browser';
import { captureState } from './state.ts';

/** Set by the injected capture script in the page's isolated world. */
type CaptureFn = (selection: string | null) => unknown;

/**
 * Injects the capture script into one tab (only now, on the rep's request) and stores its candidates.
 * Pages the extension may not script (the web store, browser pages) get a plain explanation instead.
 */
export async function captureTab(tabId: number, selection?: string): Promise<void> {
  const startedAt = Date.now();
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  await captureState.set({ status: 'running', url: tab?.url ?? '', startedAt });
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (sel: string | null) => (globalThis as unknown as { __pipeclipCapture: CaptureFn }).__pipeclipCapture(sel),
      args: [selection ?? null],
    });
    const result = CaptureResultSchema.parse(injection?.result);
    const kind = selection ? 'selection' : result.notices.some((n) => n.startsWith('mail:')) ? 'email' : 'web';
    await captureState.set({ status: 'done', result, startedAt, kind });
  } catch (err) {
    console.warn('[pipeclip] capture failed', err);
    const blocked = /cannot be scripted|Cannot access|permission|chrome:\/\//i.test(String(err));
    await captureState.set({ status: 'error', error: blocked ? 'capture-blocked' : 'capture-failed', url: tab?.url, startedAt });
  }
}
