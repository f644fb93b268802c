import { browser } from 'wxt/browser';
import { captureInPage } from '../capture/in-page.ts';

/**
 * Injected into a tab only when the rep asks for a capture. It defines one function in the extension's
 * isolated world (tagged with the extension's version, so a later capture on the page reuses it); the background
 * calls it and receives the candidates as plain data.
 */
export default defineUnlistedScript(() => {
  const capture = Object.assign((selection: string | null) => captureInPage(document, location.href, selection), { version: browser.runtime.getManifest().version });
  (globalThis as unknown as { __pipeclipCapture: typeof capture }).__pipeclipCapture = capture;
});
