import { useEffect } from 'preact/hooks';

let marked = false;

/** Marks the moment the side panel first shows real data (read by the open-time benchmark). */
export function useInteractive(ready: boolean) {
  useEffect(() => {
    if (!ready || marked) return;
    marked = true;
    performance.mark('pipeclip-interactive');
    document.body.dataset['ready'] = '1';
  }, [ready]);
}
