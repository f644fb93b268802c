import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type Person } from '@pipeclip/shared';
import { PipeclipDb } from '../../extension/db/database.ts';
import { putRecords } from '../../extension/pipeline/bulk-write.ts';
import { SyncClient } from '../../extension/sync/client.ts';
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
    await new SyncClient(reader, { url: server.url, token: await token(await createInvitation(server.handle.db, { teamId: team.id, role: 'rep' }), 'ray') }, undefined, (done, total) => progress.push([done, total])).sync();

    expect(await reader.people.count()).toBe(1_200);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const total = progress[0]![1];
    expect(progress.every(([done, t]) => t === total && done < total)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });
});
