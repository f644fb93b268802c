import { readFileSync } from 'node:fs';
import { PROTOCOL_VERSION, SCHEMA_VERSION, formatHlc, uuidv7, type Mutation } from '@pipeclip/shared';
import { startServer } from '../support/server.ts';
import { summarize, type BenchGroup, type BenchResult } from './types.ts';

const headers = (token?: string) => ({
  'content-type': 'application/json',
  'x-pipeclip-protocol': String(PROTOCOL_VERSION),
  'x-pipeclip-schema': String(SCHEMA_VERSION),
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function personMutation(id: number, node: string): Mutation {
  const now = Date.now();
  return {
    id,
    hlc: formatHlc({ ms: now, counter: id % 1000, node }),
    name: 'record.put',
    args: {
      collection: 'people',
      recordId: uuidv7(),
      fields: { name: `Prospect ${id}`, title: 'Buyer', companyName: 'Acme', emails: [`p${id}@acme.test`], phones: [], urls: [], tags: [], source: { kind: 'web', capturedAt: now }, createdAt: now, updatedAt: now },
    },
  };
}

/** Server start-up, idle memory and push ingest rate, against the real server process on PGlite. */
export const serverGroup: BenchGroup = {
  title: 'server (PGlite, real process over HTTP)',
  names: ['server.start.ms', 'server.rss.idle.mb', 'server.push.ingest.per_s'],
  async run(wanted) {
    const results: BenchResult[] = [];
    let first = await startServer();
    const { dataDir } = first;
    const port = Number(new URL(first.url).port);
    const join = await fetch(`${first.url}/v1/auth/join`, { method: 'POST', headers: headers(), body: JSON.stringify({ code: first.invitation!.split('/join/')[1], device: 'bench' }) });
    const { token } = (await join.json()) as { token: string };
    await first.stop();

    const starts: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const s = await startServer({ dataDir, port });
      starts.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 2000));
      rss.push(rssMb(s.process.pid!));
      await s.stop();
    }
    if (wanted('server.start.ms')) results.push(summarize('server.start.ms', 'ms', starts, 'spawn → listening, existing data folder, the bundled server under node (as npm start runs it); goal ≈ 1 s'));
    if (wanted('server.rss.idle.mb')) results.push(summarize('server.rss.idle.mb', 'MB', rss, 'RSS 2 s after start; goal ≤ 320 MB on PGlite'));

    if (wanted('server.push.ingest.per_s')) {
      first = await startServer({ dataDir, port });
      const rates: number[] = [];
      let next = 1;
      for (let run = 0; run < 3; run++) {
        const clientId = `bench-${run}-${Date.now()}`;
        next = 1;
        const total = 10_000;
        const t0 = performance.now();
        while (next <= total) {
          const batch = Array.from({ length: 500 }, () => personMutation(next++, 'bench'));
          const res = await fetch(`${first.url}/v1/sync/push`, { method: 'POST', headers: headers(token), body: JSON.stringify({ clientId, mutations: batch }) });
          if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
        }
        rates.push(total / ((performance.now() - t0) / 1000));
      }
      results.push(summarize('server.push.ingest.per_s', 'mutations/s', rates, '10,000 new-lead mutations in pushes of 500, one client; goal ≥ 5,000'));
      await first.stop();
    }
    await first.destroy();
    return results;
  },
};
