import { captureInPage } from '../capture/in-page.ts';

/**
 * Injected into a tab only when the rep asks for a capture. It defines one function in the extension's
 * isolated world; the background calls it and receives the candidates as plain data.
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __pipeclipCapture: (selection: string | null) => unknown }).__pipeclipCapture = (selection) =>
    captureInPage(document, location.href, selection);
});
