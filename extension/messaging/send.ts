import { browser } from 'wxt/browser';
import { ReplySchema, type Reply, type Request } from './protocol.ts';

/** Sends a typed request to the background and parses its reply. */
export async function sendRequest(request: Request): Promise<Reply> {
  const reply = await browser.runtime.sendMessage(request);
  const parsed = ReplySchema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: 'no-reply' };
}
