import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { DbHandle } from '../db/client.ts';
import { createInvitation, createTeam } from '../services/teams.ts';
import { testDb } from '../test-db.ts';
import { testClient } from '../test-client.ts';

let handle: DbHandle;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  handle = await testDb();
  app = createApp({ handle });
});
afterAll(() => handle.close());

describe('joining a team', () => {
  it('turns an invitation into a device token that opens the team endpoints', async () => {
    const { code, team } = await createTeam(handle.db, 'Acme', 'Maria');
    const joined = await testClient(app).join(code);
    expect(joined.token).toMatch(/^pct_/);
    const res = await app.request('/v1/team', { headers: { authorization: `Bearer ${joined.token}` } });
    expect(await res.json()).toMatchObject({ team: { id: team.id, name: 'Acme' }, me: { role: 'manager' } });
  });

  it('creates a rep member from a rep invitation and asks for a name', async () => {
    const { team } = await createTeam(handle.db, 'Reps', 'Boss');
    const code = await createInvitation(handle.db, { teamId: team.id, role: 'rep' });
    const noName = await app.request('/v1/auth/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device: 'laptop' }) });
    expect(noName.status).toBe(400);
    expect(((await noName.json()) as { code: string }).code).toBe('name_required');
    const joined = await testClient(app).join(code, 'Ravi');
    expect(joined.member.role).toBe('rep');
  });

  it.each([
    ['an unknown code', { code: 'inv_doesnotexist', device: 'x' }, 'invalid_invitation'],
    ['a missing device name', { code: 'inv_doesnotexist' }, 'invalid_input'],
  ])('refuses %s with a clear message', async (_label, body, code) => {
    const res = await app.request('/v1/auth/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { code: string; error: string };
    expect(json.code).toBe(code);
    expect(json.error).not.toMatch(/at .*\.ts/);
  });

  it('does not accept a used-up invitation twice', async () => {
    const { team } = await createTeam(handle.db, 'Once', 'Olaf');
    const code = await createInvitation(handle.db, { teamId: team.id, role: 'rep', uses: 1 });
    await testClient(app).join(code, 'First');
    const res = await app.request('/v1/auth/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device: 'x', name: 'Second' }) });
    expect(res.status).toBe(400);
  });
});

describe('API description', () => {
  it('serves an OpenAPI document describing push and pull from the real schemas', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } } }> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/v1/sync/push']!.post!.requestBody!.content['application/json']!.schema.properties!)).toEqual(['clientId', 'mutations']);
  });
});
