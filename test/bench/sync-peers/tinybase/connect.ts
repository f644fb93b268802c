import { createMergeableStore, type MergeableStore } from 'tinybase';
import { createWsSynchronizer } from 'tinybase/synchronizers/synchronizer-ws-client';
import { WebSocket } from 'ws';

/** A client MergeableStore synchronizing with the room over one WebSocket. */
export async function connect(url: string, room: string): Promise<MergeableStore> {
  const store = createMergeableStore();
  const synchronizer = await createWsSynchronizer(store, new WebSocket(`${url}/${room}`));
  await synchronizer.startSync();
  return store;
}
