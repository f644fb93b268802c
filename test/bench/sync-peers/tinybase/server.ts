import { createMergeableStore } from 'tinybase';
import { createCustomPersister, type Persists } from 'tinybase/persisters';
import { createWsServer } from 'tinybase/synchronizers/synchronizer-ws-server';
import { WebSocketServer } from 'ws';
import { report, runPeer } from '../child.ts';

/** `Persists.MergeableStoreOnly`: a const enum, which isolated modules cannot read. */
const MERGEABLE_STORE_ONLY = 2 as Persists.MergeableStoreOnly;

/** A server-side MergeableStore per room, held in memory: the server has the data, as Pipeclip's does. */
const roomStore = () =>
  createCustomPersister(createMergeableStore(), async () => undefined, async () => {}, () => null, () => {}, undefined, MERGEABLE_STORE_ONLY);

runPeer(async () => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((done) => wss.once('listening', done));
  createWsServer(wss, roomStore);
  const { port } = wss.address() as { port: number };
  report({ type: 'ready', url: `ws://127.0.0.1:${port}` });
});
