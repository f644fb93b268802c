import { browser } from 'wxt/browser';
import { captureCopy } from '../../capture/engine.ts';
import { ExtractRequestSchema } from '../../capture/engine-host.ts';
import { WARM_UP_PAGE, WARM_UP_SELECTION } from '../../capture/warm-up.ts';

// The capture engine's document (see capture/engine-host.ts): answers the background's `extract` requests and
// ignores every other message (the side panel's requests to the background reach it too).
browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = ExtractRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  try {
    sendResponse({ result: captureCopy(request.data.page, request.data.selection) });
  } catch (err) {
    console.error('[pipeclip] extraction failed', err);
    sendResponse({ error: 'The page could not be read' });
  }
  return undefined;
});

// Once, while the rep has not clipped anything yet: run the engine over a small page in the three languages,
// so that the first real capture finds its regular expressions compiled.
setTimeout(() => {
  captureCopy(WARM_UP_PAGE, null);
  captureCopy(WARM_UP_PAGE, WARM_UP_SELECTION);
}, 0);
