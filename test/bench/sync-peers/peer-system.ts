import type { Peer, PeerSet } from './peers.ts';
import type { SyncSystem } from './system.ts';

/** TinyBase or Yjs: `<dir>/server.ts` started once in its own process, a fresh room per run. */
export function peerSystem(label: 'tinybase' | 'yjs'): SyncSystem {
  let server: Peer | undefined;
  let url = '';
  return {
    label,
    writer: `${label}/writer.ts`,
    reader: `${label}/reader.ts`,
    async start(peers: PeerSet) {
      server = peers.spawn(`${label}/server.ts`);
      url = (await server.next('ready', 60_000)).url ?? '';
    },
    serverPid: () => server?.pid,
    config: (_role, { count, room }) => ({ url, room, count }),
    async stop() {
      await server?.kill();
    },
  };
}
