import { PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, SCHEMA_VERSION } from '@pipeclip/shared';
import { startServer, type RunningServer } from '../../../support/server.ts';
import type { SyncSystem } from '../system.ts';

async function join(url: string, code: string, device: string): Promise<string> {
  const res = await fetch(`${url}/v1/auth/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), [SCHEMA_HEADER]: String(SCHEMA_VERSION) },
    body: JSON.stringify({ code, device }),
  });
  if (!res.ok) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * The real server process on PGlite, started once. Two devices of one team; each run uses fresh client
 * databases, and the reader starts from the team version the last run reached, as a caught-up teammate would.
 */
export function pipeclipSystem(): SyncSystem {
  let server: RunningServer | undefined;
  const tokens = { writer: '', reader: '' };
  let cookie = 0;
  return {
    label: '',
    writer: 'pipeclip/writer.ts',
    reader: 'pipeclip/reader.ts',
    async start() {
      server = await startServer();
      const code = server.invitation?.split('/join/')[1];
      if (!code) throw new Error('the server printed no invitation');
      tokens.writer = await join(server.url, code, 'bench writer');
      tokens.reader = await join(server.url, code, 'bench reader');
    },
    serverPid: () => server?.process.pid,
    config: (role, { count, batch }) => ({ url: server!.url, token: tokens[role], cookie, count, batch }),
    settle(done) {
      cookie = done.profile['cookie'] ?? cookie;
    },
    async stop() {
      await server?.destroy();
    },
  };
}
