import { useEffect } from 'preact/hooks';

let marked = false;
const waiting = new Set<() => void>();

/**
 * Marks the moment the side panel first shows real data (read by the open-time benchmark). Runs as an effect,
 * that is after the browser painted the frame that shows the data.
 */
export function useInteractive(ready: boolean) {
  useEffect(() => {
    if (!ready || marked) return;
    marked = true;
    performance.mark('pipeclip-interactive');
    document.body.dataset['ready'] = '1';
    for (const run of waiting) run();
    waiting.clear();
  }, [ready]);
}

/** Runs `run` once the first screen is up (or after `fallbackMs`, for views that never mark it); returns a cancel. */
export function afterInteractive(run: () => void, fallbackMs = 1000): () => void {
  if (marked) {
    run();
    return () => {};
  }
  const once = () => {
    clearTimeout(timer);
    waiting.delete(once);
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  waiting.add(once);
  return () => {
    clearTimeout(timer);
    waiting.delete(once);
  };
}
