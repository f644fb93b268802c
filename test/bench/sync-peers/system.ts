import type { PeerSet } from './peers.ts';
import type { PeerConfig } from './protocol.ts';

export interface RunSpec {
  count: number;
  /** Unique per run, so no run sees another's data. */
  room: string;
}

/** One system under test: its server (started once), its writer and reader scripts, and their configs. */
export interface SyncSystem {
  /** '' for Pipeclip, else the peer's name as it appears in the figure names. */
  label: string;
  writer: string;
  reader: string;
  start(peers: PeerSet): Promise<void>;
  /** The server's process id, to read its CPU time around a run. */
  serverPid(): number | undefined;
  config(role: 'writer' | 'reader', spec: RunSpec): PeerConfig;
  stop(): Promise<void>;
}
