import { uuidv7 } from '@pipeclip/shared';
import { now, peerConfig, report, runPeer, whenGo } from '../child.ts';
import { dealFields } from '../deal-fields.ts';
import { connect } from './connect.ts';

/** Client A: each deal a row of five cells, one `setRow` (one transaction) per deal. */
runPeer(async () => {
  const { url, room, count } = peerConfig();
  const store = await connect(url, room);
  report({ type: 'ready' });
  await whenGo();
  const firstWriteAt = now();
  const write = (i: number) => store.setRow('deals', uuidv7(), dealFields(i, Date.now()));
  for (let i = 0; i < count; i++) write(i);
  report({ type: 'written', firstWriteAt, profile: { writtenAt: now() } });
});
