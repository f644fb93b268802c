import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes to a Dexie live query: re-renders whenever the tables it read change, in any context.
 * Returns `initial` until the first result arrives.
 */
export function useLiveQuery<T, I = T>(query: () => Promise<T>, deps: unknown[], initial: I): T | I {
  const [value, setValue] = useState<T | I>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (err: unknown) => console.error('[pipeclip] live query failed', err),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
