import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_PIPELINE_ID, uuidv7, type Person } from '@pipeclip/shared';
import { PipeclipDb } from '../../extension/db/database.ts';
import { putRecords } from '../../extension/pipeline/bulk-write.ts';
import { putRecord } from '../../extension/db/write.ts';
import { ensureDefaultPipeline } from '../../extension/pipeline/defaults.ts';
import { dealFixture } from '../../extension/pipeline/test-data.ts';
import { SyncClient } from '../../extension/sync/client.ts';
import { teamSummary } from '../../server/src/services/summary.ts';
import { createInvitation, createTeam } from '../../server/src/services/teams.ts';
import { SimServer } from './sim-server.ts';

let server: SimServer;
beforeAll(async () => {
  server = await SimServer.start();
});
afterAll(() => server.stop());

async function token(code: string, name: string) {
  const res = await fetch(`${server.url}/v1/auth/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device: name, name }) });
  return ((await res.json()) as { token: string }).token;
}

describe('the first sync of a large team', () => {
  it('reports its progress page by page until it holds everything', async () => {
    const { team, code } = await createTeam(server.handle.db, 'Large team', 'Lea');
    const writer = new PipeclipDb(`first-sync-writer-${uuidv7()}`);
    const now = Date.now();
    const people = Array.from({ length: 1_200 }, (_, i) => ({ id: uuidv7(), name: `Lead ${i}`, emails: [], phones: [], urls: [], tags: [], shared: true, source: { kind: 'import', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: now, updatedAt: now }) as Person);
    await putRecords(writer, 'people', people);
    await new SyncClient(writer, { url: server.url, token: await token(code, 'lea') }).sync();

    const reader = new PipeclipDb(`first-sync-reader-${uuidv7()}`);
    const progress: [number, number][] = [];
    const events: string[] = [];
    const logging: typeof fetch = (input, init) => {
      const cookie = /\/pull\?cookie=(\d+)/.exec(String(input))?.[1];
      if (cookie) events.push(`ask after ${cookie}`);
      return fetch(input, init);
    };
    const onProgress = (done: number, total: number) => {
      progress.push([done, total]);
      events.push(`applied up to ${done}`);
    };
    await new SyncClient(reader, { url: server.url, token: await token(await createInvitation(server.handle.db, { teamId: team.id, role: 'rep' }), 'ray') }, logging, onProgress).sync();

    expect(await reader.people.count()).toBe(1_200);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const total = progress[0]![1];
    expect(progress.every(([done, t]) => t === total && done < total)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    // Each next page is asked for before the one before it has been applied.
    const [first] = progress[0]!;
    expect(events.indexOf(`ask after ${first}`)).toBeLessThan(events.indexOf(`applied up to ${first}`));
  });
});

describe('reps joining a team', () => {
  const stageNames = (db: PipeclipDb) => db.pipelines.toArray().then((ps) => ps.map((p) => `${p.name}: ${p.stages.map((s) => s.name).join(', ')}`));

  it('two reps who join a fresh team at the same moment end up with one pipeline, holding both reps’ deals', async () => {
    const { team } = await createTeam(server.handle.db, 'Fresh team', 'Mia');
    const reps = await Promise.all(['ann', 'ben'].map(async (name) => {
      const db = new PipeclipDb(`join-race-${name}-${uuidv7()}`);
      const [pipeline] = await ensureDefaultPipeline(db, `${name}’s pipeline`, (k) => k);
      await putRecord(db, 'deals', dealFixture(pipeline!, { title: `${name}’s deal` }));
      return { db, token: await token(await createInvitation(server.handle.db, { teamId: team.id, role: 'rep' }), name) };
    }));
    // Neither push goes out before both reps have pulled: each finds a team without a pipeline.
    let pulls = 0;
    let bothPulled!: () => void;
    const barrier = new Promise<void>((resolve) => (bothPulled = resolve));
    const racing: typeof fetch = async (input, init) => {
      if (String(input).includes('/push')) await barrier;
      const res = await fetch(input, init);
      if (String(input).includes('/pull') && ++pulls === 2) bothPulled();
      return res;
    };
    await Promise.all(reps.map((r) => new SyncClient(r.db, { url: server.url, token: r.token }, racing).sync()));
    for (const r of reps) await new SyncClient(r.db, { url: server.url, token: r.token }).sync();

    for (const r of reps) {
      const pipelines = await r.db.pipelines.toArray();
      expect(pipelines.map((p) => p.id)).toEqual([TEAM_PIPELINE_ID]);
      expect((await r.db.deals.toArray()).every((d) => d.pipelineId === TEAM_PIPELINE_ID)).toBe(true);
    }
    const summary = await teamSummary(server.handle.db, team.id, {});
    expect(summary.pipelines).toHaveLength(1);
    expect(summary.team?.open.count).toBe(2);
  });

  it('a rep who joins later takes the team’s renamed default pipeline, not the defaults of their own device', async () => {
    const { team } = await createTeam(server.handle.db, 'Renamed team', 'Mia');
    const join = async (name: string) => {
      const db = new PipeclipDb(`join-late-${name}-${uuidv7()}`);
      await ensureDefaultPipeline(db, 'Sales', (k) => k);
      const client = new SyncClient(db, { url: server.url, token: await token(await createInvitation(server.handle.db, { teamId: team.id, role: 'rep' }), name) });
      return { db, client };
    };
    const ann = await join('ann');
    await ann.client.sync();
    const [pipeline] = await ann.db.pipelines.toArray();
    await putRecord(ann.db, 'pipelines', { ...pipeline!, name: 'Enterprise', stages: pipeline!.stages.filter((s) => s.id !== 'demo') }, { name: 'Enterprise', stages: [] });
    await ann.client.sync();

    const ben = await join('ben'); // opened the side panel after Ann's edit: his device's defaults are newer
    await ben.client.sync();
    await ann.client.sync();

    expect(await stageNames(ben.db)).toEqual(await stageNames(ann.db));
    expect((await ben.db.pipelines.toArray())[0]).toMatchObject({ name: 'Enterprise' });
    expect((await ben.db.pipelines.toArray())[0]!.stages.map((s) => s.id)).not.toContain('demo');
    expect(await ann.db.conflicts.count()).toBe(0);
  });
});

describe('pushing a large outbox', () => {
  it('keeps two pushes on the wire, sends again a push that overtook its predecessor, and lands every edit once', async () => {
    const { code } = await createTeam(server.handle.db, 'Busy team', 'Bo');
    const db = new PipeclipDb(`push-pipeline-${uuidv7()}`);
    const now = Date.now();
    const people = Array.from({ length: 1_100 }, (_, i) => ({ id: uuidv7(), name: `Lead ${i}`, emails: [], phones: [], urls: [], tags: [], shared: true, source: { kind: 'import', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: now, updatedAt: now }) as Person);
    await putRecords(db, 'people', people);
    // The first push is held back until the second has been answered, so the second reaches the server first.
    const answers: number[] = [];
    let pushes = 0;
    let secondAnswered!: () => void;
    const overtaken = new Promise<void>((resolve) => (secondAnswered = resolve));
    const reordering: typeof fetch = async (input, init) => {
      if (!String(input).includes('/push')) return fetch(input, init);
      const n = ++pushes;
      if (n === 1) await overtaken;
      const res = await fetch(input, init);
      answers.push(res.status);
      if (n === 2) secondAnswered();
      return res;
    };
    const report = await new SyncClient(db, { url: server.url, token: await token(code, 'bo') }, reordering).push();

    expect(report).toEqual({ pushed: 1_100, failed: 0 });
    expect(answers).toEqual([409, 200, 200, 200]); // overtaken, the first, the second again, the rest
    expect(await db.outbox.count()).toBe(0);
    const reader = new PipeclipDb(`push-pipeline-reader-${uuidv7()}`);
    await new SyncClient(reader, { url: server.url, token: await token(code, 'bo-reader') }).sync();
    expect((await reader.people.toArray()).map((p) => p.name).sort()).toEqual(people.map((p) => p.name).sort());
  });
});
