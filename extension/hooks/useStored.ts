import { useEffect, useState } from 'preact/hooks';

interface Watchable<T> {
  get(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/** The current value of a watched storage item, kept fresh across extension contexts. */
export function useStored<T>(item: Watchable<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    void item.get().then((v) => live && setValue(v));
    const unwatch = item.watch(setValue);
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
