import { PROTOCOL_VERSION, SCHEMA_VERSION, DEFAULT_STAGES, formatHlc, uuidv7, type Mutation } from '@pipeclip/shared';
import { startServer } from '../support/server.ts';
import { percentile, round, type BenchGroup } from './types.ts';

const REPS = Number(process.env.LOAD_REPS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const INTERVAL_MS = 10_000;

const headers = (token?: string) => ({
  'content-type': 'application/json',
  'x-pipeclip-protocol': String(PROTOCOL_VERSION),
  'x-pipeclip-schema': String(SCHEMA_VERSION),
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

interface Rep {
  token: string;
  clientId: string;
  next: number;
  cookie: number;
  deals: string[];
}

/** 200 simulated reps against the real server process, each pushing a few edits and pulling every 10 s. */
export const teamLoadGroup: BenchGroup = {
  title: `team load (${REPS} reps syncing every 10 s, real server on PGlite)`,
  names: ['sync.push.p99.ms', 'sync.push.p50.ms', 'sync.load.errors'],
  async run() {
    const server = await startServer({ env: { JOINS_PER_MINUTE: '100000' } });
    try {
      const post = (path: string, body: unknown, token?: string) => fetch(`${server.url}${path}`, { method: 'POST', headers: headers(token), body: JSON.stringify(body) });
      const admin = (await (await post('/v1/auth/join', { code: server.invitation!.split('/join/')[1], device: 'bench' })).json()) as { token: string };
      const { code } = (await (await post('/v1/team/invitations', { role: 'rep', uses: 100, days: 1 }, admin.token)).json()) as { code: string };
      const { code: code2 } = (await (await post('/v1/team/invitations', { role: 'rep', uses: 100, days: 1 }, admin.token)).json()) as { code: string };
      const pipelineId = uuidv7();
      const now = Date.now();
      await post('/v1/sync/push', { clientId: 'bench-admin-client', mutations: [{ id: 1, hlc: formatHlc({ ms: now, counter: 0, node: 'admin' }), name: 'record.put', args: { collection: 'pipelines', recordId: pipelineId, fields: { name: 'Sales', stages: DEFAULT_STAGES, createdAt: now, updatedAt: now } } }] }, admin.token);
      const reps: Rep[] = [];
      for (let i = 0; i < REPS; i++) {
        const joined = (await (await post('/v1/auth/join', { code: i < 100 ? code : code2, device: `rep ${i}`, name: `Rep ${i}` })).json()) as { token: string };
        reps.push({ token: joined.token, clientId: `bench-rep-${i}-${uuidv7().slice(-8)}`, next: 1, cookie: 0, deals: [] });
      }
      const latencies: number[] = [];
      let errors = 0;
      const ends = Date.now() + SECONDS * 1000;
      const cycle = async (rep: Rep, i: number) => {
        const mutations: Mutation[] = [];
        for (let k = 0; k < 1 + (i % 5); k++) {
          const t = Date.now();
          const id = rep.deals.length < 20 || k % 2 ? uuidv7() : rep.deals[(i + k) % rep.deals.length]!;
          const fields = rep.deals.includes(id)
            ? { stageId: DEFAULT_STAGES[(i + k) % 5]!.id, updatedAt: t }
            : { title: `Deal ${id.slice(-6)}`, pipelineId, stageId: 'lead', value: 1000 * ((i % 9) + 1), currency: 'EUR', status: 'open', stageHistory: [], tags: [], createdAt: t, updatedAt: t };
          if (!rep.deals.includes(id)) rep.deals.push(id);
          mutations.push({ id: rep.next++, hlc: formatHlc({ ms: t, counter: k, node: rep.clientId }), name: 'record.put', args: { collection: 'deals', recordId: id, fields } });
        }
        const t0 = performance.now();
        const res = await post('/v1/sync/push', { clientId: rep.clientId, mutations }, rep.token).catch(() => undefined);
        latencies.push(performance.now() - t0);
        if (!res?.ok) errors++;
        await res?.arrayBuffer();
        const pull = await fetch(`${server.url}/v1/sync/pull?cookie=${rep.cookie}&clientId=${rep.clientId}&limit=2000`, { headers: headers(rep.token) }).catch(() => undefined);
        if (!pull?.ok) errors++;
        else rep.cookie = ((await pull.json()) as { cookie: number }).cookie;
      };
      await Promise.all(
        reps.map(async (rep, i) => {
          await new Promise((r) => setTimeout(r, Math.random() * INTERVAL_MS));
          while (Date.now() < ends) {
            const started = Date.now();
            await cycle(rep, i);
            await new Promise((r) => setTimeout(r, Math.max(0, INTERVAL_MS - (Date.now() - started))));
          }
        }),
      );
      const note = `${latencies.length} pushes of 1–5 deal edits by ${REPS} reps over ${SECONDS} s (each rep: push + pull every 10 s)`;
      return [
        { name: 'sync.push.p99.ms', value: round(percentile(latencies, 99)), unit: 'ms', runs: latencies.length, min: round(Math.min(...latencies)), max: round(Math.max(...latencies)), note: `${note}; goal ≤ 100 ms` },
        { name: 'sync.push.p50.ms', value: round(percentile(latencies, 50)), unit: 'ms', runs: latencies.length, note },
        { name: 'sync.load.errors', value: errors, unit: 'errors', runs: latencies.length, note: 'goal 0' },
      ];
    } finally {
      await server.destroy();
    }
  },
};
