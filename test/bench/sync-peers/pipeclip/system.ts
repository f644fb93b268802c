import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, SCHEMA_VERSION } from '@pipeclip/shared';
import { startServer, type RunningServer } from '../../../support/server.ts';
import type { SyncSystem } from '../system.ts';
import { createTeams } from './teams.ts';

async function joinTeam(url: string, code: string, device: string): Promise<string> {
  const res = await fetch(`${url}/v1/auth/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), [SCHEMA_HEADER]: String(SCHEMA_VERSION) },
    body: JSON.stringify({ code, device }),
  });
  if (!res.ok) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * The real server process on PGlite, started once and warm for every run. Each run gets an empty team of its
 * own (as TinyBase and Yjs get an empty room), with two devices paired to it and fresh client databases.
 */
export function pipeclipSystem(runs: number): SyncSystem {
  let server: RunningServer | undefined;
  const teams: { writer: string; reader: string }[] = [];
  const byRoom = new Map<string, { writer: string; reader: string }>();
  return {
    label: '',
    writer: 'pipeclip/writer.ts',
    reader: 'pipeclip/reader.ts',
    async start() {
      const dataDir = mkdtempSync(join(tmpdir(), 'pipeclip-bench-'));
      const codes = await createTeams(dataDir, runs);
      server = await startServer({ dataDir, env: { JOINS_PER_MINUTE: '1000' } });
      for (const code of codes) teams.push({ writer: await joinTeam(server.url, code, 'bench writer'), reader: await joinTeam(server.url, code, 'bench reader') });
    },
    serverPid: () => server?.process.pid,
    config(role, { room, count }) {
      if (!byRoom.has(room)) byRoom.set(room, teams.shift() ?? fail(`only ${runs} teams were created for this benchmark`));
      return { url: server!.url, token: byRoom.get(room)![role], count };
    },
    async stop() {
      await server?.destroy();
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}
