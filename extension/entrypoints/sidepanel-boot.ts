import { prefetchFirstScreen } from '../pipeline/first-screen.ts';

/**
 * Loaded by sidepanel.html as a plain script, ahead of the side panel's modules: starts reading the board's first
 * screen from IndexedDB while the browser is still fetching and compiling the app (see pipeline/first-screen.ts).
 */
export default defineUnlistedScript(() => prefetchFirstScreen());
