import { browser } from 'wxt/browser';
import { prepareEngine } from '../capture/engine-host.ts';
import { captureTab } from '../capture/run.ts';
import { openPanel } from './capture-triggers.ts';
import { getDb } from '../db/database.ts';
import { RequestSchema, type Reply, type Request } from '../messaging/protocol.ts';
import { runSync } from '../sync/run.ts';

/**
 * The tab the rep is looking at. Its URL is known only for pages Pipeclip has access to, so a tab without one is
 * still tried: the capture then says why it could not read it.
 */
async function activeTab(): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tabs.find((t) => !t.url || !t.url.startsWith(browser.runtime.getURL('/')))?.id;
}

/** `fromTab`: the page that asked (the mail sites' Clip button), which is then the page to read. */
async function handle(request: Request, fromTab?: number): Promise<Reply> {
  if (request.type === 'capture') {
    const tabId = request.tabId ?? fromTab ?? (await activeTab());
    if (tabId === undefined) return { ok: false, error: 'no-tab' };
    await captureTab(tabId, request.selection);
    return { ok: true };
  }
  if (request.type === 'prepare-capture') {
    await prepareEngine();
    return { ok: true };
  }
  await runSync(getDb());
  return { ok: true };
}

/** The background's side of the typed message protocol. */
export function registerMessages() {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ ok: false, error: 'bad-request' } satisfies Reply);
    if (sender.tab?.windowId !== undefined && parsed.data.type === 'capture') openPanel(sender.tab);
    return handle(parsed.data, sender.tab?.id).catch((err: unknown) => {
      console.error('[pipeclip] request failed', parsed.data.type, err);
      return { ok: false, error: 'failed' } satisfies Reply;
    });
  });
}
