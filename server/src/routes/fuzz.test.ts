import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { DbHandle } from '../db/client.ts';
import { createInvitation, createTeam } from '../services/teams.ts';
import { testDb } from '../test-db.ts';
import { testClient } from '../test-client.ts';

// Every endpoint, fed hostile and malformed input: the answer is always a clear 4xx (or a success),
// never a 5xx, and never a stack trace.
let handle: DbHandle;
let app: ReturnType<typeof createApp>;
let manager: string;
let rep: string;

beforeAll(async () => {
  handle = await testDb();
  app = createApp({ handle, joinsPerMinute: 1_000_000 });
  const api = testClient(app);
  const { code, team } = await createTeam(handle.db, 'Fuzz', 'Boss');
  manager = (await api.join(code)).token;
  rep = (await api.join(await createInvitation(handle.db, { teamId: team.id, role: 'rep' }), 'Rep')).token;
});
afterAll(() => handle.close());

const ENDPOINTS: [string, string][] = [
  ['POST', '/v1/auth/join'],
  ['POST', '/v1/sync/push'],
  ['GET', '/v1/sync/pull'],
  ['GET', '/v1/team'],
  ['GET', '/v1/team/summary'],
  ['GET', '/v1/team/records/people'],
  ['GET', '/v1/team/duplicates'],
  ['PUT', '/v1/team/quotas'],
  ['POST', '/v1/team/invitations'],
  ['POST', '/v1/team/reassign'],
  ['POST', '/v1/team/merge'],
  ['DELETE', '/v1/team/devices/x'],
];

const hostile = fc.oneof(
  fc.json(),
  fc.string(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '\u202Eevil', '=cmd|"/c calc"!A1', '{"__proto__":{"admin":true}}', 'null', '[]', '{"clientId":"ok-client-1","mutations":[{"id":1}]}'),
  fc.record({ clientId: fc.string(), mutations: fc.array(fc.record({ id: fc.integer(), hlc: fc.string(), name: fc.constantFrom('record.put', 'record.delete', 'x'), args: fc.anything() }), { maxLength: 3 }) }).map((o) => JSON.stringify(o)),
);

describe('fuzzing every endpoint', () => {
  it.each(ENDPOINTS)('%s %s never answers 5xx', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(manager, rep, 'pct_wrong', ''), fc.string({ maxLength: 40 }), async (body, token, query) => {
        const url = `${path}?${new URLSearchParams({ cookie: query, limit: query, wait: '0', pipelineId: query, currency: query })}`;
        const res = await app.request(url, {
          method,
          headers: { 'content-type': 'application/json', 'x-pipeclip-protocol': '1', 'x-pipeclip-schema': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          ...(method === 'GET' ? {} : { body }),
        });
        expect(res.status).toBeLessThan(500);
        const text = await res.text();
        expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});
