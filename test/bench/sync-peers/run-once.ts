import { cpuTimeMs } from './cpu-time.ts';
import type { PeerSet } from './peers.ts';
import type { RunSpec, SyncSystem } from './system.ts';

/** Generous: on a loaded 2-core machine one Pipeclip run of 10,000 has taken 100 s. */
const RUN_TIMEOUT_MS = 5 * 60_000;

export interface RunOutcome {
  ms: number;
  /** Each process's own figures; keys ending in `At` are ms after the first write. */
  writer: Record<string, number>;
  reader: Record<string, number>;
  /** CPU ms each process used from `go` until the reader was done. */
  cpu: { writer: number; reader: number; server: number };
}

/**
 * One measured run in fresh writer and reader processes: the reader connects and catches up, the writer
 * sets up, then the writer is told to go. The figure is the reader's completion minus the writer's first write.
 */
export async function runOnce(peers: PeerSet, system: SyncSystem, spec: RunSpec): Promise<RunOutcome> {
  const reader = peers.spawn(system.reader, system.config('reader', spec));
  const writer = peers.spawn(system.writer, system.config('writer', spec));
  try {
    await Promise.all([reader.next('ready', 60_000), writer.next('ready', 60_000)]);
    const pids = { writer: writer.pid, reader: reader.pid, server: system.serverPid() };
    const before = cpu(pids);
    writer.go();
    const [written, done] = await Promise.all([writer.next('written', RUN_TIMEOUT_MS), reader.next('done', RUN_TIMEOUT_MS)]);
    const after = cpu(pids);
    return {
      ms: done.doneAt - written.firstWriteAt,
      writer: rel(written.profile, written.firstWriteAt),
      reader: rel(done.profile, written.firstWriteAt),
      cpu: { writer: after.writer - before.writer, reader: after.reader - before.reader, server: after.server - before.server },
    };
  } finally {
    await Promise.all([writer.kill(), reader.kill()]);
  }
}

const cpu = (pids: { writer: number; reader: number; server: number | undefined }) => ({
  writer: cpuTimeMs(pids.writer),
  reader: cpuTimeMs(pids.reader),
  server: cpuTimeMs(pids.server),
});

function rel(profile: Record<string, number>, t0: number): Record<string, number> {
  return Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, Math.round(k.endsWith('At') ? v - t0 : v)]));
}
