import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { PeerMessageSchema, type PeerConfig, type PeerMessage, type PeerMessageType } from './protocol.ts';

export interface Peer {
  /** The next message of this type (earlier ones are kept until asked for). */
  next<T extends PeerMessageType>(type: T, timeoutMs?: number): Promise<Extract<PeerMessage, { type: T }>>;
  go(): void;
  pid: number;
  kill(): Promise<void>;
}

/** `SYNC_BENCH_CPU_PROF=<dir>` writes a V8 CPU profile of every peer process there, to see where time goes. */
const profiling = process.env['SYNC_BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['SYNC_BENCH_CPU_PROF']}`] : [];

/** Spawns peer processes (`node --import tsx <script>`) and kills every one of them at the end. */
export class PeerSet {
  private readonly live = new Set<ChildProcess>();

  spawn(script: string, config: PeerConfig = {}): Peer {
    const child = spawn(process.execPath, [...profiling, '--import', 'tsx', resolve(import.meta.dirname, script)], {
      env: { ...process.env, PEER_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.live.add(child);
    const inbox: PeerMessage[] = [];
    let wake = () => {};
    let ended: Error | undefined;
    child.on('message', (raw) => {
      inbox.push(PeerMessageSchema.parse(raw));
      wake();
    });
    child.on('exit', (code, signal) => {
      this.live.delete(child);
      ended = new Error(`${script} exited (${signal ?? code})`);
      wake();
    });
    const next = async <T extends PeerMessageType>(type: T, timeoutMs = 120_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const failed = inbox.find((m) => m.type === 'error');
        if (failed?.type === 'error') throw new Error(`${script} failed: ${failed.message}`);
        const i = inbox.findIndex((m) => m.type === type);
        if (i >= 0) return inbox.splice(i, 1)[0] as Extract<PeerMessage, { type: T }>;
        if (ended) throw ended;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`${script}: no "${type}" within ${timeoutMs / 1000} s`);
        await new Promise<void>((done) => {
          const timer = setTimeout(done, left);
          wake = () => {
            clearTimeout(timer);
            done();
          };
        });
      }
    };
    return { next, go: () => child.send({ type: 'go' }), pid: child.pid!, kill: () => stop(child) };
  }

  async killAll(): Promise<void> {
    await Promise.all([...this.live].map(stop));
  }
}

/** Closing the IPC channel makes a peer exit on its own (see `runPeer`); one that does not is killed. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    if (child.connected) child.disconnect();
    else child.kill('SIGKILL');
  });
}
