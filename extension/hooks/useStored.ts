import { useEffect, useState } from 'preact/hooks';

export interface Watchable<T> {
  get(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/**
 * Reads a storage item now and follows its changes until the returned function is called. A change that arrives
 * while the first read is under way is newer than what that read returns, so the read's answer is then dropped.
 */
export function follow<T>(item: Watchable<T>, onValue: (value: T) => void): () => void {
  let live = true;
  let changed = false;
  const unwatch = item.watch((value) => {
    changed = true;
    if (live) onValue(value);
  });
  void item.get().then((value) => live && !changed && onValue(value));
  return () => {
    live = false;
    unwatch();
  };
}

/** The current value of a watched storage item, kept fresh across extension contexts. */
export function useStored<T>(item: Watchable<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => follow(item, setValue), [item]);
  return value;
}
