import type * as Y from 'yjs';
import { now, peerConfig, report, runPeer } from '../child.ts';
import { connect } from './connect.ts';

/** Client B: done when its map has every deal. */
runPeer(async () => {
  const { url, room, count } = peerConfig();
  const doc = await connect(url, room);
  const deals = doc.getMap<Y.Map<unknown>>('deals');
  let firstRowsAt = 0;
  const onChange = () => {
    firstRowsAt ||= now();
    if (deals.size < count) return;
    deals.unobserve(onChange);
    report({ type: 'done', doneAt: now(), profile: { firstRowsAt } });
  };
  deals.observe(onChange);
  report({ type: 'ready' });
});
