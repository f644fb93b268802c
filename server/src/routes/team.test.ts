import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, uuidv7, type Mutation } from '@pipeclip/shared';
import { createApp } from '../app.ts';
import type { DbHandle } from '../db/client.ts';
import { createInvitation, createTeam } from '../services/teams.ts';
import { testDb } from '../test-db.ts';
import { newPerson, personPut, stamp, testClient } from '../test-client.ts';

let handle: DbHandle;
let app: ReturnType<typeof createApp>;
let api: ReturnType<typeof testClient>;
let boss: { token: string; member: { id: string } };
let ann: { token: string; member: { id: string } };
let ben: { token: string; member: { id: string } };
let outsider: { token: string };
const pipelineId = uuidv7();
const now = Date.now();

const json = async <T>(res: Response) => (await res.json()) as T;
const get = (token: string, path: string) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
const send = (token: string, method: string, path: string, body: unknown) =>
  app.request(path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

function dealPut(id: number, recordId: string, fields: Record<string, unknown>): Mutation {
  return { id, hlc: stamp(Date.now()), name: 'record.put', args: { collection: 'deals', recordId, fields } };
}
const deal = (title: string, value: number, stageId: string, extra: Record<string, unknown> = {}) => ({
  title, pipelineId, stageId, value, currency: 'EUR', status: 'open', stageHistory: [], tags: [], createdAt: now - 30 * 86_400_000, updatedAt: now, ...extra,
});

beforeAll(async () => {
  handle = await testDb();
  app = createApp({ handle, joinsPerMinute: 1000 });
  api = testClient(app);
  const { team, code } = await createTeam(handle.db, 'Acme', 'Boss');
  boss = await api.join(code);
  ann = await api.join(await createInvitation(handle.db, { teamId: team.id, role: 'rep' }), 'Ann');
  ben = await api.join(await createInvitation(handle.db, { teamId: team.id, role: 'rep' }), 'Ben');
  outsider = await api.join((await createTeam(handle.db, 'Other', 'Olga')).code);
  const pipeline = { name: 'Sales', stages: DEFAULT_STAGES, createdAt: now, updatedAt: now };
  await api.push(boss.token, 'client-boss', [{ id: 1, hlc: stamp(now), name: 'record.put', args: { collection: 'pipelines', recordId: pipelineId, fields: pipeline } }]);
  await api.push(ann.token, 'client-ann', [
    dealPut(1, uuidv7(), deal('Ann open', 10_000, 'proposal')),
    dealPut(2, uuidv7(), deal('Ann won', 5_000, 'won', { status: 'won', closedAt: now })),
    personPut(3, uuidv7(), newPerson('Pat Shared', { emails: ['pat@bigcorp.example'] })),
  ]);
  await api.push(ben.token, 'client-ben', [
    dealPut(1, uuidv7(), deal('Ben lost', 2_000, 'lost', { status: 'lost', closedAt: now, lostReason: 'price' })),
    personPut(2, uuidv7(), newPerson('Pat Again', { emails: ['PAT@bigcorp.example'] })),
  ]);
});
afterAll(() => handle.close());

describe('team summary', () => {
  it('rolls up every rep’s deals from the maintained counters', async () => {
    const s = await json<{ team: { open: { count: number; value: number; weighted: number }; winRate: { won: number; lost: number } }; reps: { member: { name: string }; won: number }[] }>(await get(boss.token, '/v1/team/summary'));
    expect(s.team.open).toMatchObject({ count: 1, value: 10_000, weighted: 6_000 });
    expect(s.team.winRate).toMatchObject({ won: 1, lost: 1 });
    expect(s.reps.map((r) => [r.member.name, r.won])).toEqual(expect.arrayContaining([['Ann', 5_000], ['Ben', 0]]));
  });

  it('tracks quota attainment per rep', async () => {
    const q = new Date(now);
    const period = `${q.getUTCFullYear()}-Q${Math.floor(q.getUTCMonth() / 3) + 1}`;
    expect((await send(boss.token, 'PUT', '/v1/team/quotas', { memberId: ann.member.id, period, amount: 20_000, currency: 'EUR' })).status).toBe(200);
    const s = await json<{ reps: { member: { id: string }; attainment: number | null }[] }>(await get(boss.token, '/v1/team/summary'));
    expect(s.reps.find((r) => r.member.id === ann.member.id)?.attainment).toBe(0.25);
  });

  it('follows a deal that moves stage and owner', async () => {
    const id = uuidv7();
    await api.push(boss.token, 'client-boss', [dealPut(2, id, deal('Moving', 1_000, 'lead', { ownerId: ann.member.id }))]);
    await api.push(boss.token, 'client-boss', [dealPut(3, id, { stageId: 'demo' })]);
    const s = await json<{ team: { open: { count: number; weighted: number } } }>(await get(boss.token, '/v1/team/summary'));
    expect(s.team.open.count).toBe(2);
    expect(s.team.open.weighted).toBe(6_000 + 400);
  });
});

describe('duplicates, reassignment and merge', () => {
  it('flags the same person worked by two reps', async () => {
    const { duplicates } = await json<{ duplicates: { kind: string; key: string; people: { name: string }[] }[] }>(await get(boss.token, '/v1/team/duplicates'));
    const byEmail = duplicates.find((d) => d.kind === 'email');
    expect(byEmail?.key).toBe('pat@bigcorp.example');
    expect(byEmail?.people.map((p) => p.name).sort()).toEqual(['Pat Again', 'Pat Shared']);
  });

  it('flags it to each rep too, naming the teammate but not showing their record', async () => {
    type Dupes = { duplicates: { kind: string; key: string; people: { name: string | null; ownerId: string | null; companyName?: string | null }[] }[] };
    for (const [me, other, mine] of [[ann, ben, 'Pat Shared'], [ben, ann, 'Pat Again']] as const) {
      const byEmail = (await json<Dupes>(await get(me.token, '/v1/team/duplicates'))).duplicates.find((d) => d.key === 'pat@bigcorp.example');
      expect(byEmail?.people.find((p) => p.ownerId === me.member.id)?.name).toBe(mine);
      expect(byEmail?.people.find((p) => p.ownerId === other.member.id)).toMatchObject({ name: null, companyName: null });
    }
    // A rep with no lead in a group does not see it at all.
    const { code } = await createTeam(handle.db, 'Solo', 'Sam');
    const solo = await api.join(code);
    const carl = await api.join(await createInvitation(handle.db, { teamId: solo.team.id, role: 'rep' }), 'Carl');
    const dora = await api.join(await createInvitation(handle.db, { teamId: solo.team.id, role: 'rep' }), 'Dora');
    const eve = await api.join(await createInvitation(handle.db, { teamId: solo.team.id, role: 'rep' }), 'Eve');
    await api.push(carl.token, 'client-carl', [personPut(1, uuidv7(), newPerson('Quinn', { emails: ['q@quinn.example'] }))]);
    await api.push(dora.token, 'client-dora', [personPut(1, uuidv7(), newPerson('Quinn Q.', { emails: ['q@quinn.example'] }))]);
    expect((await json<Dupes>(await get(carl.token, '/v1/team/duplicates'))).duplicates).toHaveLength(2);
    expect((await json<Dupes>(await get(eve.token, '/v1/team/duplicates'))).duplicates).toEqual([]);
  });

  it('lets a manager merge the duplicate and keeps both sides’ data', async () => {
    const people = (await json<{ records: { id: string; name: string }[] }>(await get(boss.token, '/v1/team/records/people'))).records;
    const keep = people.find((p) => p.name === 'Pat Shared')!;
    const drop = people.find((p) => p.name === 'Pat Again')!;
    expect((await send(boss.token, 'POST', '/v1/team/merge', { keepId: keep.id, dropId: drop.id })).status).toBe(200);
    const after = (await json<{ records: { id: string }[] }>(await get(boss.token, '/v1/team/records/people'))).records;
    expect(after.map((p) => p.id)).toContain(keep.id);
    expect(after.map((p) => p.id)).not.toContain(drop.id);
  });

  it('reassigns a deal: the old owner’s device drops it, the new owner’s receives it', async () => {
    const deals = (await json<{ records: { id: string; title: string }[] }>(await get(boss.token, '/v1/team/records/deals'))).records;
    const target = deals.find((d) => d.title === 'Ann open')!;
    expect((await send(boss.token, 'POST', '/v1/team/reassign', { collection: 'deals', recordId: target.id, ownerId: ben.member.id })).status).toBe(200);
    const annPull = await json<{ rows: { id: string; deleted: boolean }[] }>(await api.pull(ann.token));
    expect(annPull.rows.find((r) => r.id === target.id)?.deleted).toBe(true);
    const benPull = await json<{ rows: { id: string; deleted: boolean; data: { title: string } | null }[] }>(await api.pull(ben.token));
    expect(benPull.rows.find((r) => r.id === target.id)?.data?.title).toBe('Ann open');
  });
});

describe('roles and team boundaries', () => {
  it.each([
    ['PUT', '/v1/team/quotas', { memberId: uuidv7(), period: '2026-Q4', amount: 1, currency: 'EUR' }],
    ['POST', '/v1/team/merge', { keepId: uuidv7(), dropId: uuidv7() }],
    ['POST', '/v1/team/reassign', { collection: 'deals', recordId: uuidv7(), ownerId: uuidv7() }],
    ['POST', '/v1/team/invitations', {}],
  ])('a rep calling %s %s gets 403', async (method, path, body) => {
    const res = await send(ann.token, method, path, body);
    expect(res.status).toBe(403);
  });

  it('a rep cannot change another rep’s deal', async () => {
    const deals = (await json<{ records: { id: string; title: string }[] }>(await get(boss.token, '/v1/team/records/deals'))).records;
    const bens = deals.find((d) => d.title === 'Ben lost')!;
    const res = await json<{ results: { status: string; error?: string }[] }>(await api.push(ann.token, 'client-ann', [dealPut(4, bens.id, { title: 'Hijacked' })]));
    expect(res.results[0]).toMatchObject({ status: 'failed' });
    expect(res.results[0]?.error).toMatch(/another rep/);
  });

  it('a rep sees and may edit a teammate’s shared lead', async () => {
    const id = uuidv7();
    await api.push(ben.token, 'client-ben', [personPut(3, id, newPerson('Shared account', { shared: true }))]);
    const pulled = await json<{ rows: { id: string; deleted: boolean }[] }>(await api.pull(ann.token));
    expect(pulled.rows.find((r) => r.id === id)?.deleted).toBe(false);
    const res = await json<{ results: { status: string }[] }>(await api.push(ann.token, 'client-ann', [personPut(5, id, { title: 'Head of IT' })]));
    expect(res.results[0]?.status).toBe('applied');
  });

  it('never reads or writes across teams', async () => {
    const deals = (await json<{ records: { id: string }[] }>(await get(boss.token, '/v1/team/records/deals'))).records;
    expect((await json<{ records: unknown[] }>(await get(outsider.token, '/v1/team/records/deals'))).records).toEqual([]);
    const merge = await send(outsider.token, 'POST', '/v1/team/merge', { keepId: deals[0]!.id, dropId: deals[1]!.id });
    expect(merge.status).toBe(404);
    const quota = await send(outsider.token, 'PUT', '/v1/team/quotas', { memberId: ann.member.id, period: '2026-Q4', amount: 1, currency: 'EUR' });
    expect(quota.status).toBe(404);
  });

  it('revokes a device token at once', async () => {
    const joined = await api.join(await createInvitation(handle.db, { teamId: (await json<{ team: { id: string } }>(await get(boss.token, '/v1/team'))).team.id, role: 'rep' }), 'Temp');
    const { devices } = await json<{ devices: { id: string; member: string }[] }>(await get(joined.token, '/v1/team/devices'));
    expect(devices).toHaveLength(1);
    expect((await app.request(`/v1/team/devices/${devices[0]!.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${joined.token}` } })).status).toBe(204);
    expect((await get(joined.token, '/v1/team')).status).toBe(401);
  });
});
