import { browser } from 'wxt/browser';
import { captureInPage } from '../capture/in-page.ts';

type Slots = { __pipeclipCapture?: unknown; __pipeclipPending?: { selection: string | null } };

/**
 * Injected into a tab only when the rep asks for a capture. It defines one function in the extension's
 * isolated world (tagged with the extension's version, so a later capture on the page reuses it); the background
 * calls it and receives the candidates as plain data. The request that found the page without it is waiting
 * in `__pipeclipPending`: answered at once, as this script's result, which saves the first capture a round trip.
 */
export default defineUnlistedScript(() => {
  const capture = Object.assign((selection: string | null) => captureInPage(document, location.href, selection), { version: browser.runtime.getManifest().version });
  const slots = globalThis as unknown as Slots;
  slots.__pipeclipCapture = capture;
  const pending = slots.__pipeclipPending;
  delete slots.__pipeclipPending;
  return pending ? capture(pending.selection) : undefined;
});
