import { render } from 'preact';
import { App } from '../../components/App.tsx';
import { getDb } from '../../db/database.ts';
import { loadLocale, pickLocale } from '../../i18n/index.ts';
import { firstScreenReady } from '../../pipeline/first-screen.ts';

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

const language = new URLSearchParams(location.search).get('lang') ?? navigator.language;
// The boot script (sidepanel-boot.ts) is usually reading the board's first screen by now: one render with it,
// in the rep's language.
void Promise.all([firstScreenReady(80), loadLocale(pickLocale(language))]).then(() => {
  render(<App language={language} />, document.getElementById('app')!);
  // After the first screen: the capture engine gets ready while the rep reads it, before they clip anything.
  setTimeout(() => void import('../../messaging/send.ts').then(({ sendRequest }) => sendRequest({ type: 'prepare-capture' })), 0);
});
