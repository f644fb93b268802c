import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code loads on first use, so the side panel's first screen parses only what it shows.
 * `preload` fetches it ahead (after the first screen is up) so switching tabs stays instant.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((c) => (loaded = c)));
  function Lazy(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (!View) void preload().then((c) => setView(() => c));
    }, []);
    return View ? <View {...props} /> : <p class="hint loading" aria-busy="true" />;
  }
  return Object.assign(Lazy, { preload });
}
