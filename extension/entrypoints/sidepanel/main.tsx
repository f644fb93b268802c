import { render } from 'preact';
import { App } from '../../components/App.tsx';
import { getDb } from '../../db/database.ts';

// Test hooks of the end-to-end build; the write path loads on first use so the first screen stays small.
if (__E2E__) {
  // Once loaded, a hook calls straight through, so it can run inside a caller's Dexie transaction.
  const lazy = <K extends string>(load: () => Promise<Record<K, (...args: never[]) => unknown>>, name: K) => {
    let loaded: Record<K, (...args: never[]) => unknown> | undefined;
    return async (...args: never[]) => (loaded ??= await load())[name](...args);
  };
  Object.assign(globalThis, {
    __pipeclip: {
      getDb,
      putRecord: lazy(() => import('../../db/write.ts'), 'putRecord'),
      moveDeal: lazy(() => import('../../pipeline/move.ts'), 'moveDeal'),
      refreshBadge: lazy(() => import('../../reminders/badge.ts'), 'refreshBadge'),
    },
  });
}

// Open the database while the first render runs; the board's first queries wait on it.
getDb()
  .open()
  .catch((err: unknown) => console.error('[pipeclip] database failed to open', err));

render(<App language={new URLSearchParams(location.search).get('lang') ?? navigator.language} />, document.getElementById('app')!);
