import { prefetchFirstScreen } from '../pipeline/first-screen.ts';
import { paintSnapshot } from '../pipeline/first-screen-snapshot.ts';

/**
 * Loaded by sidepanel.html as a plain script, ahead of the side panel's modules: starts reading the board's first
 * screen from IndexedDB while the browser is still fetching and compiling the app, and paints the stored snapshot
 * of it when nothing it shows has changed (see pipeline/first-screen.ts and first-screen-snapshot.ts).
 */
export default defineUnlistedScript(() => prefetchFirstScreen('pipeclip', paintSnapshot));
