import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { report, runPeer } from '../child.ts';

/** y-websocket's own server: one Y.Doc per room, held in memory. */
runPeer(async () => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((done) => wss.once('listening', done));
  wss.on('connection', (socket, request) => setupWSConnection(socket, request));
  const { port } = wss.address() as { port: number };
  report({ type: 'ready', url: `ws://127.0.0.1:${port}` });
});
