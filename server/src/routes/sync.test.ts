import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponseSchema, PushResponseSchema } from '@pipeclip/shared';
import { createApp } from '../app.ts';
import type { DbHandle } from '../db/client.ts';
import { sql } from 'drizzle-orm';
import { createInvitation, createTeam } from '../services/teams.ts';
import { sameDatabase, testDb } from '../test-db.ts';
import { newPerson, personPut, stamp, testClient, uuidv7 } from '../test-client.ts';

let handle: DbHandle;
let api: ReturnType<typeof testClient>;
let token: string;

beforeAll(async () => {
  handle = await testDb();
  const app = createApp({ handle });
  api = testClient(app);
  const { code } = await createTeam(handle.db, 'Acme sales', 'Maria');
  ({ token } = await api.join(code));
});
afterAll(() => handle.close());

async function teamOfTwo(name: string) {
  const { team, code } = await createTeam(handle.db, name, 'Manager');
  return { code, invite: await createInvitation(handle.db, { teamId: team.id, role: 'rep' }) };
}

describe('push and pull', () => {
  it('stores a pushed lead and returns it to a pull from the start', async () => {
    const id = uuidv7();
    const res = await api.push(token, 'client-one', [personPut(1, id, newPerson('Jane Doe', { emails: ['JANE@acme.test'] }))]);
    expect(res.status).toBe(200);
    const body = PushResponseSchema.parse(await res.json());
    expect(body.results).toEqual([{ id: 1, status: 'applied' }]);
    const pull = PullResponseSchema.parse(await (await api.pull(token, { cookie: 0, clientId: 'client-one' })).json());
    const row = pull.rows.find((r) => r.id === id);
    expect(row?.data).toMatchObject({ name: 'Jane Doe', emails: ['jane@acme.test'] });
    expect(pull.lastMutationId).toBe(1);
    expect(pull.cookie).toBeGreaterThan(0);
  });

  it('skips a replayed mutation and changes nothing', async () => {
    const id = uuidv7();
    await api.push(token, 'client-replay', [personPut(1, id, newPerson('Once'))]);
    const before = PullResponseSchema.parse(await (await api.pull(token)).json());
    const res = await api.push(token, 'client-replay', [personPut(1, id, { name: 'Twice' })]);
    expect(PushResponseSchema.parse(await res.json()).results).toEqual([{ id: 1, status: 'skipped' }]);
    const after = PullResponseSchema.parse(await (await api.pull(token)).json());
    expect(after.cookie).toBe(before.cookie);
    expect(after.rows.find((r) => r.id === id)?.data?.['name']).toBe('Once');
    expect(after.rows.length).toBe(before.rows.length);
  });

  it('refuses a gap in mutation ids with the id to resend from', async () => {
    const res = await api.push(token, 'client-gap', [personPut(3, uuidv7(), newPerson('Gap'))]);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'mutation_gap', lastMutationId: 0 });
  });

  it('records an invalid mutation as failed without wedging the queue', async () => {
    const good = uuidv7();
    const res = await api.push(token, 'client-bad', [
      personPut(1, uuidv7(), { name: '' }),
      personPut(2, good, newPerson('Still saved')),
    ]);
    const body = PushResponseSchema.parse(await res.json());
    expect(body.results[0]).toMatchObject({ id: 1, status: 'failed' });
    expect(body.results[0]?.error).toMatch(/name/);
    expect(body.results[1]).toEqual({ id: 2, status: 'applied' });
    expect(body.lastMutationId).toBe(2);
  });

  it('keeps the later write per field and logs the losing value', async () => {
    const { code } = await createTeam(handle.db, 'Conflict team', 'Ann');
    const a = await api.join(code);
    const id = uuidv7();
    const t = Date.now();
    await api.push(a.token, 'client-ca', [personPut(1, id, newPerson('Original'), stamp(t, 'ca'))]);
    await api.push(a.token, 'client-ca', [personPut(2, id, { title: 'CEO' }, stamp(t + 20, 'ca'))]);
    await api.push(a.token, 'client-ca', [personPut(3, id, { title: 'CTO' }, stamp(t + 10, 'cb'))]);
    const pull = PullResponseSchema.parse(await (await api.pull(a.token)).json());
    expect(pull.rows.find((r) => r.id === id)?.data?.['title']).toBe('CEO');
    const { rows } = await handle.db.execute<{ value: unknown }>(`select value from conflicts where record_id = '${id}'` as never);
    expect(rows.map((r) => r.value)).toEqual(['CTO']);
    const loser = PullResponseSchema.parse(await (await api.pull(a.token, { clientId: 'client-ca' })).json());
    expect(loser.lost).toEqual([]); // the losing stamp came from node "cb", not from this client's node
  });

  it('tells the client whose write lost, in its next pull, and sends the winner back', async () => {
    const { code } = await createTeam(handle.db, 'Lost team', 'Lou');
    const a = await api.join(code);
    const id = uuidv7();
    const t = Date.now();
    await api.push(a.token, 'client-winner', [personPut(1, id, newPerson('Shared lead', { title: 'CEO' }), stamp(t + 50, 'client-winner'))]);
    const before = PullResponseSchema.parse(await (await api.pull(a.token, { clientId: 'client-loser' })).json());
    await api.push(a.token, 'client-loser', [personPut(1, id, { title: 'Intern' }, stamp(t, 'client-loser'))]);
    const after = PullResponseSchema.parse(await (await api.pull(a.token, { clientId: 'client-loser', cookie: before.cookie })).json());
    expect(after.rows.find((r) => r.id === id)?.data?.['title']).toBe('CEO');
    expect(after.lost).toMatchObject([{ recordId: id, field: 'title', value: 'Intern' }]);
  });

  it('deletes as a tombstone that erases the data', async () => {
    const id = uuidv7();
    await api.push(token, 'client-del', [personPut(1, id, newPerson('To be erased', { emails: ['gone@x.test'] }))]);
    await api.push(token, 'client-del', [{ id: 2, hlc: stamp(Date.now() + 1), name: 'record.delete', args: { collection: 'people', recordId: id } }]);
    const pull = PullResponseSchema.parse(await (await api.pull(token)).json());
    expect(pull.rows.find((r) => r.id === id)).toMatchObject({ deleted: true, data: null });
  });

  it('erases a deleted person’s activities and conflict-log values too, and tells every client', async () => {
    const { code, invite } = await teamOfTwo('Erasure team');
    const a = await api.join(code);
    const b = await api.join(invite, 'Bea');
    const person = uuidv7();
    const note = uuidv7();
    const other = uuidv7();
    const t = Date.now();
    const activity = (id: string, personId: string, body: string) => ({ id: 0, hlc: stamp(t), name: 'record.put' as const, args: { collection: 'activities' as const, recordId: id, fields: { kind: 'note', personId, body, createdAt: t, updatedAt: t } } });
    await api.push(a.token, 'client-era-a', [
      personPut(1, person, newPerson('Erase Me', { emails: ['erase@x.test'], title: 'CEO', shared: true }), stamp(t)),
      { ...activity(note, person, 'Called Erase Me about the renewal'), id: 2 },
      personPut(3, other, newPerson('Keep Me'), stamp(t)),
      { ...activity(uuidv7(), other, 'Unrelated note'), id: 4 },
    ]);
    // b's older edit of the same person loses and sits in the conflict log with the old value.
    await api.push(b.token, 'client-era-b', [personPut(1, person, { title: 'Secret title' }, stamp(t - 1000, 'client-era-b'))]);
    const { rows: logged } = await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from conflicts where record_id = ${person}`);
    expect(logged[0]!.n).toBe(1);
    const before = PullResponseSchema.parse(await (await api.pull(b.token)).json());

    const res = await api.push(a.token, 'client-era-a', [{ id: 5, hlc: stamp(t + 1), name: 'record.delete', args: { collection: 'people', recordId: person } }]);
    expect(PushResponseSchema.parse(await res.json()).results).toEqual([{ id: 5, status: 'applied' }]);

    const after = PullResponseSchema.parse(await (await api.pull(b.token, { cookie: before.cookie })).json());
    expect(after.rows.filter((r) => r.deleted).map((r) => r.id).sort()).toEqual([person, note].sort());
    expect(after.rows.every((r) => r.data === null)).toBe(true);
    const { rows: stored } = await handle.db.execute<{ id: string; deleted: boolean; data: unknown }>(sql`select id, deleted, data from records where id in (${person}, ${note}, ${other})`);
    expect(Object.fromEntries(stored.map((r) => [r.id, r.deleted]))).toEqual({ [person]: true, [note]: true, [other]: false });
    expect(JSON.stringify(stored)).not.toMatch(/Erase Me|renewal|erase@x/);
    const { rows: left } = await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from conflicts where record_id = ${person}`);
    expect(left[0]!.n).toBe(0);
  });

  it('pages a pull without splitting one push across pages', async () => {
    const { code } = await createTeam(handle.db, 'Paging team', 'Pat');
    const p = await api.join(code);
    const muts = Array.from({ length: 5 }, (_, i) => personPut(i + 1, uuidv7(), newPerson(`P${i}`)));
    await api.push(p.token, 'client-page', muts.slice(0, 3));
    await api.push(p.token, 'client-page', muts.slice(3));
    const first = PullResponseSchema.parse(await (await api.pull(p.token, { limit: 2 })).json());
    expect(first.rows).toHaveLength(3);
    expect(first.more).toBe(true);
    const second = PullResponseSchema.parse(await (await api.pull(p.token, { limit: 2, cookie: first.cookie })).json());
    expect(second.rows.map((r) => r.data?.['name'])).toEqual(['P3', 'P4']);
    expect(second.more).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    ['malformed JSON', '{"clientId":', 400, 'invalid_json'],
    ['no mutations', JSON.stringify({ clientId: 'client-x1', mutations: [] }), 400, 'invalid_input'],
    ['unknown mutation name', JSON.stringify({ clientId: 'client-x1', mutations: [{ id: 1, hlc: stamp(1), name: 'record.nuke', args: {} }] }), 400, 'invalid_input'],
  ])('%s → %i with a clear error', async (_label, body, status, code) => {
    const res = await createApp({ handle }).request('/v1/sync/push', { method: 'POST', headers: api.headers(token), body });
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ code });
  });

  it('answers an old client with "please update"', async () => {
    const app = createApp({ handle });
    const res = await app.request('/v1/sync/pull', { headers: { ...api.headers(token), 'x-pipeclip-protocol': '0' } });
    expect(res.status).toBe(426);
    expect(((await res.json()) as { error: string }).error).toMatch(/Please update/);
  });

  it('refuses an oversized push with 413', async () => {
    const app = createApp({ handle });
    const res = await app.request('/v1/sync/push', { method: 'POST', headers: api.headers(token), body: 'x'.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it('refuses a wrong token and a missing one', async () => {
    expect((await api.pull('pct_wrong')).status).toBe(401);
    const app = createApp({ handle });
    expect((await app.request('/v1/sync/pull', { headers: api.headers() })).status).toBe(401);
  });

  it('never shows one team another team’s records', async () => {
    const { code } = await createTeam(handle.db, 'Other team', 'Olga');
    const other = await api.join(code);
    const pull = PullResponseSchema.parse(await (await api.pull(other.token)).json());
    expect(pull.rows).toEqual([]);
  });
});

describe('long-poll pull', () => {
  it('returns as soon as a teammate pushes, instead of waiting out the timeout', async () => {
    const before = PullResponseSchema.parse(await (await api.pull(token)).json());
    const started = Date.now();
    const waiting = api.pull(token, { cookie: before.cookie, wait: 20_000 });
    await new Promise((r) => setTimeout(r, 100));
    await api.push(token, 'client-poll', [personPut(1, uuidv7(), newPerson('Arrives while waiting'))]);
    const page = PullResponseSchema.parse(await (await waiting).json());
    expect(page.rows.map((r) => r.data?.['name'])).toEqual(['Arrives while waiting']);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('returns as soon as a teammate pushes through another server process on the same database', async () => {
    const other = await sameDatabase(handle);
    const processA = testClient(createApp({ handle }));
    const processB = testClient(createApp({ handle: other }));
    try {
      await new Promise((r) => setTimeout(r, 200)); // both processes are listening
      const before = PullResponseSchema.parse(await (await processA.pull(token)).json());
      const started = Date.now();
      const waiting = processA.pull(token, { cookie: before.cookie, wait: 20_000 });
      await new Promise((r) => setTimeout(r, 100));
      await processB.push(token, 'client-poll-b', [personPut(1, uuidv7(), newPerson('Pushed to the other process'))]);
      const page = PullResponseSchema.parse(await (await waiting).json());
      expect(page.rows.map((r) => r.data?.['name'])).toEqual(['Pushed to the other process']);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      if (other !== handle) await other.close();
    }
  });
});
