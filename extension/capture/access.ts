/**
 * Every web page, asked for at runtime (optional host permissions) when the rep wants the side panel's own Clip
 * button to work: the browser grants a page to an extension only when the rep invokes it from the page (toolbar
 * button, shortcut, context menu), never from a click in the side panel. Pipeclip still reads a page only when asked.
 */
export const ALL_SITES = ['https://*/*', 'http://*/*'];

export type CaptureError = 'capture-blocked' | 'capture-not-allowed' | 'capture-failed';

/**
 * Why a tab could not be read: a page no extension may script (browser pages, the web store), a page Pipeclip has
 * not been given (Chrome and Firefox word it differently), or anything else.
 */
export function captureErrorOf(error: unknown): CaptureError {
  const message = String(error instanceof Error ? error.message : error);
  if (/must request permission|missing host permission/i.test(message)) return 'capture-not-allowed';
  if (/cannot be scripted|cannot access|chrome:\/\/|edge:\/\/|about:/i.test(message)) return 'capture-blocked';
  return 'capture-failed';
}
