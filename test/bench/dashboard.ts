import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@pipeclip/server';
import { openDb } from '@pipeclip/server/db';
import { migrate } from '../../server/src/db/migrate.ts';
import { seedTeam } from './seed-team.ts';
import { summarize, type BenchGroup, type BenchResult } from './types.ts';

const DEALS = Number(process.env.PIPECLIP_BENCH_DEALS ?? 1_000_000);
const REPS = 200;

/** The manager dashboard (GET / signed in) on a team with 1,000,000 deals over 200 reps, on embedded PGlite. */
export const dashboardGroup: BenchGroup = {
  title: `dashboard (${DEALS.toLocaleString('en')} deals, ${REPS} reps, PGlite in-process)`,
  names: ['dashboard.render.ms', 'team.summary.100k.ms', 'team.summary.1m.ms', 'server.rss.1m.mb'],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'pipeclip-dash-'));
    const handle = await openDb({ dataDir: dir });
    try {
      await migrate(handle);
      const summaryTimes = async (token: string) => {
        const app = createApp({ handle });
        const one = async () => {
          const started = performance.now();
          const res = await app.request('/v1/team/summary', { headers: { authorization: `Bearer ${token}` } });
          if (res.status !== 200) throw new Error(`summary failed: ${res.status}`);
          await res.json();
          return performance.now() - started;
        };
        const cold = await one();
        const out: number[] = [];
        for (let i = 0; i < 9; i++) out.push(await one());
        return Object.assign(out, { cold });
      };
      const small = await seedTeam(handle.db, { deals: Math.round(DEALS / 10), reps: REPS });
      const smallTimes = await summaryTimes(small.managerToken);
      const t0 = performance.now();
      const seeded = await seedTeam(handle.db, { deals: DEALS, reps: REPS });
      console.log(`  seeded ${DEALS} deals in ${Math.round((performance.now() - t0) / 1000)} s`);
      const app = createApp({ handle });
      const get = async () => {
        const started = performance.now();
        const res = await app.request('/', { headers: { cookie: `pipeclip_session=${seeded.managerToken}` } });
        const html = await res.text();
        if (res.status !== 200 || !html.includes('leaderboard-title')) throw new Error(`dashboard failed: ${res.status} ${html.slice(0, 300)}`);
        return performance.now() - started;
      };
      await get();
      const samples: number[] = [];
      for (let i = 0; i < 9; i++) samples.push(await get());
      const result: BenchResult = summarize('dashboard.render.ms', 'ms', samples, `GET / as the manager, full in-process response (session lookup, team summary from counters, ${REPS}-rep leaderboard and tables, HTML); goal ≤ 200 ms`);
      const bigTimes = await summaryTimes(seeded.managerToken);
      const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`);
      return [
        result,
        summarize(`team.summary.${label(DEALS / 10)}.ms`, 'ms', smallTimes, `GET /v1/team/summary (funnel, forecast, win rate, velocity, ${REPS} reps with attainment), ${(DEALS / 10).toLocaleString('en')} deals; compare with the 10× larger team`),
        summarize(`team.summary.${label(DEALS)}.ms`, 'ms', bigTimes, `same, ${DEALS.toLocaleString('en')} deals over ${REPS} reps (reads maintained counters, not deals; cached until the next push — the first read after a push took ${Math.round(bigTimes.cold)} ms); goal ≤ 20 ms, flat as deals grow`),
        { name: `server.rss.${label(DEALS)}.mb`, value: Math.round(process.memoryUsage().rss / 2 ** 20), unit: 'MB', runs: 1, note: 'RSS of the process holding the server app and its embedded PGlite after seeding (in-process: includes the benchmark itself)' },
      ];
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
