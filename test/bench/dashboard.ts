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
  names: ['dashboard.render.ms'],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'pipeclip-dash-'));
    const handle = await openDb({ dataDir: dir });
    try {
      await migrate(handle);
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
      return [result];
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
