import { PeerConfigSchema, type PeerMessage } from './protocol.ts';

/** Wall-clock time with sub-millisecond precision, comparable across processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

export const peerConfig = () => PeerConfigSchema.parse(JSON.parse(process.env['PEER_CONFIG'] ?? '{}'));

export function report(message: PeerMessage): void {
  process.send!(message);
}

/** Resolves when the benchmark says `go`. */
export const whenGo = () => new Promise<void>((resolve) => process.once('message', () => resolve()));

/**
 * Runs a peer process's main function: errors are reported to the benchmark, and the process ends as soon
 * as the benchmark goes away, so a crashed or interrupted run never leaves peers behind.
 */
export function runPeer(main: () => Promise<void>): void {
  if (!process.send) throw new Error('a peer process must be spawned by the benchmark (with an IPC channel)');
  process.on('disconnect', () => process.exit(0));
  main().catch((err: unknown) => {
    report({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    setTimeout(() => process.exit(1), 100);
  });
}
