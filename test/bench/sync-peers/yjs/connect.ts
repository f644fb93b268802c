import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { WebSocket } from 'ws';

/** A Y.Doc synced with the room through y-websocket, once the first sync with the server is done. */
export async function connect(url: string, room: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
  await new Promise<void>((done) => provider.once('sync', () => done()));
  return doc;
}
