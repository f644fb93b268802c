import { uuidv7 } from '@pipeclip/shared';
import * as Y from 'yjs';
import { now, peerConfig, report, runPeer, whenGo } from '../child.ts';
import { dealFields } from '../deal-fields.ts';
import { connect } from './connect.ts';

/** Client A: each deal a nested Y.Map, so fields merge one by one as in Pipeclip and TinyBase. */
runPeer(async () => {
  const { url, room, count } = peerConfig();
  const doc = await connect(url, room);
  const deals = doc.getMap<Y.Map<unknown>>('deals');
  report({ type: 'ready' });
  await whenGo();
  const firstWriteAt = now();
  const write = (i: number) => deals.set(uuidv7(), new Y.Map<unknown>(Object.entries(dealFields(i, Date.now()))));
  for (let i = 0; i < count; i++) doc.transact(() => write(i));
  report({ type: 'written', firstWriteAt, profile: { writtenAt: now() } });
});
