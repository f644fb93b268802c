import { browser } from 'wxt/browser';
import { captureTab } from '../capture/run.ts';
import { getDb } from '../db/database.ts';
import { RequestSchema, type Reply, type Request } from '../messaging/protocol.ts';
import { runSync } from '../sync/run.ts';

async function activeWebTab(): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tabs.find((t) => t.url && /^(https?|file):/.test(t.url))?.id;
}

async function handle(request: Request): Promise<Reply> {
  if (request.type === 'capture') {
    const tabId = request.tabId ?? (await activeWebTab());
    if (tabId === undefined) return { ok: false, error: 'no-tab' };
    await captureTab(tabId, request.selection);
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
    return handle(parsed.data).catch((err: unknown) => {
      console.error('[pipeclip] request failed', parsed.data.type, err);
      return { ok: false, error: 'failed' } satisfies Reply;
    });
  });
}
