import { PROTOCOL_VERSION, SCHEMA_VERSION, formatHlc, uuidv7, type Mutation } from '@pipeclip/shared';
import type { App } from './app.ts';

/** Helpers for driving the real app through `app.request()` in tests. */
export function testClient(app: App) {
  const headers = (token?: string) => ({
    'content-type': 'application/json',
    'x-pipeclip-protocol': String(PROTOCOL_VERSION),
    'x-pipeclip-schema': String(SCHEMA_VERSION),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  return {
    headers,
    async join(code: string, name?: string) {
      const res = await app.request('/v1/auth/join', { method: 'POST', headers: headers(), body: JSON.stringify({ code, device: 'test', name }) });
      if (res.status !== 201) throw new Error(`join failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as { token: string; member: { id: string; role: string }; team: { id: string } };
    },
    push(token: string, clientId: string, mutations: Mutation[]) {
      return app.request('/v1/sync/push', { method: 'POST', headers: headers(token), body: JSON.stringify({ clientId, mutations }) });
    },
    pull(token: string, query: Record<string, string | number> = {}) {
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
      return app.request(`/v1/sync/pull?${qs}`, { headers: headers(token) });
    },
  };
}

let counter = 0;
export const stamp = (ms: number, node = 'node-a') => formatHlc({ ms, counter: counter++ % 1000, node });

export function personPut(id: number, recordId: string, fields: Record<string, unknown>, hlc = stamp(Date.now())): Mutation {
  return { id, hlc, name: 'record.put', args: { collection: 'people', recordId, fields } };
}

export function newPerson(name: string, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return { name, emails: [], phones: [], urls: [], tags: [], source: { kind: 'manual', capturedAt: now }, createdAt: now, updatedAt: now, ...extra };
}

export { uuidv7 };
