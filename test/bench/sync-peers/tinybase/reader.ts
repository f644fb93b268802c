import { now, peerConfig, report, runPeer } from '../child.ts';
import { connect } from './connect.ts';

/** Client B: done when its store has every row. */
runPeer(async () => {
  const { url, room, count } = peerConfig();
  const store = await connect(url, room);
  let firstRowsAt = 0;
  const listener = store.addRowIdsListener('deals', () => {
    firstRowsAt ||= now();
    if (store.getRowCount('deals') < count) return;
    store.delListener(listener);
    report({ type: 'done', doneAt: now(), profile: { firstRowsAt } });
  });
  report({ type: 'ready' });
});
