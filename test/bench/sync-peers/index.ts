import { summarize, type BenchGroup, type BenchResult } from '../types.ts';
import { PeerSet } from './peers.ts';
import { peerSystem } from './peer-system.ts';
import { pipeclipSystem } from './pipeclip/system.ts';
import { runOnce } from './run-once.ts';
import type { SyncSystem } from './system.ts';

const COUNT = 10_000;
/** The warm-up only has to warm the long-lived servers; every run starts fresh writer and reader processes. */
const WARM_UP_COUNT = 1_000;
const RUNS = 5;

const figure = (label: string) => `sync.a_to_b.10k${label ? `.${label}` : ''}.ms`;

const NOTES: Record<string, string> = {
  '': 'Pipeclip: A = Dexie on fake-indexeddb (patched: a record without an indexed field skips that index without building a DOMException, patches/fake-indexeddb@6.2.8.patch), a putRecord per deal made back to back (group commit: edits made while one commits share the next transaction) + push loop; B = SyncClient long-polling; real server on PGlite',
  tinybase: 'TinyBase 10 MergeableStore + WsSynchronizer, clients in memory; server-side MergeableStore per room, in memory',
  yjs: 'Yjs 13 + y-websocket, clients in memory; @y/websocket-server with the Y.Doc in memory; a nested Y.Map per deal',
};

/**
 * Issue 5: 10,000 deals written by client A, held by client B, through the server on loopback; Pipeclip,
 * TinyBase and Yjs in the same run, each with its own server, writer and reader processes. Rounds interleave
 * the systems so a noisy machine slows them alike; round 0 is the warm-up.
 */
export const syncPeersGroup: BenchGroup = {
  title: 'sync A → B through the server: Pipeclip vs TinyBase vs Yjs (separate processes, loopback)',
  names: ['', 'tinybase', 'yjs'].map(figure),
  async run(wanted) {
    const systems = [pipeclipSystem(RUNS + 1), peerSystem('tinybase'), peerSystem('yjs')].filter((s) => wanted(figure(s.label)));
    const peers = new PeerSet();
    const samples = new Map<string, number[]>();
    try {
      for (const system of systems) await system.start(peers);
      for (let round = 0; round <= RUNS; round++) {
        for (const system of systems) {
          const name = figure(system.label);
          const count = round ? COUNT : WARM_UP_COUNT;
          const outcome = await runOnce(peers, system, { count, room: `round-${round}-${Date.now()}` });
          console.log(`    ${round ? `run ${round}` : 'warm-up'} ${name} = ${Math.round(outcome.ms)} ms  cpu ${JSON.stringify(outcome.cpu)} writer ${JSON.stringify(outcome.writer)} reader ${JSON.stringify(outcome.reader)}`);
          if (round) samples.set(name, [...(samples.get(name) ?? []), outcome.ms]);
        }
      }
    } finally {
      await peers.killAll();
      await Promise.allSettled(systems.map((s) => s.stop()));
    }
    return [...samples].map(([name, values]) => result(name, values, samples));
  },
};

/** The Pipeclip figure's note carries its ratio to the faster peer, measured in the same run. */
function result(name: string, values: number[], all: Map<string, number[]>): BenchResult {
  const label = /\.(tinybase|yjs)\.ms$/.exec(name)?.[1] ?? '';
  let note = NOTES[label]!;
  if (!label) {
    const median = (n: string) => (all.has(n) ? summarize(n, 'ms', all.get(n)!).value : Infinity);
    const best = Math.min(median(name.replace(/\.ms$/, '.tinybase.ms')), median(name.replace(/\.ms$/, '.yjs.ms')));
    if (Number.isFinite(best)) note += `; ${(median(name) / best).toFixed(2)}× the faster peer in this run (goal < 1)`;
  }
  return summarize(name, 'ms', values, note);
}
