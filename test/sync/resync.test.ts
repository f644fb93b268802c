import 'fake-indexeddb/auto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SCHEMA_VERSION, uuidv7, type Person } from '@pipeclip/shared';
import { PipeclipDb } from '../../extension/db/database.ts';
import { deleteRecord, putRecord } from '../../extension/db/write.ts';
import { SyncClient } from '../../extension/sync/client.ts';
import { purgeTombstones } from '../../server/src/services/retention.ts';
import { createInvitation, createTeam } from '../../server/src/services/teams.ts';
import { SimServer } from './sim-server.ts';
import { pendingCount } from '../../extension/db/outbox.ts';

let server: SimServer;
beforeAll(async () => {
  server = await SimServer.start();
});
afterAll(() => server.stop());

const lead = (name: string): Person => {
  const now = Date.now();
  return { id: uuidv7(), name, emails: [], phones: [], urls: [], tags: [], shared: true, source: { kind: 'manual', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: now, updatedAt: now } as Person;
};

async function device(code: string, name: string) {
  const res = await fetch(`${server.url}/v1/auth/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device: name, name }) });
  const { token } = (await res.json()) as { token: string };
  const db = new PipeclipDb(`resync-${name}-${uuidv7()}`);
  return { db, client: new SyncClient(db, { url: server.url, token }) };
}

describe('a device away longer than the tombstone retention window', () => {
  it('is told to resync, starts over from a fresh copy, loses the deleted record and keeps its unsent work', async () => {
    const { team, code } = await createTeam(server.handle.db, 'Retention team', 'Ria');
    const ria = await device(code, 'ria');
    const sam = await device(await createInvitation(server.handle.db, { teamId: team.id, role: 'manager' }), 'sam');
    const [doomed, kept] = [lead('Deleted while away'), lead('Still here')];
    await putRecord(ria.db, 'people', doomed);
    await putRecord(ria.db, 'people', kept);
    await ria.client.sync();
    await sam.client.sync();
    expect((await sam.db.people.toArray()).map((p) => p.name).sort()).toEqual(['Deleted while away', 'Still here']);

    // Sam goes offline and edits; meanwhile Ria deletes a lead, and the server forgets that deletion later.
    const unsent = lead('Written offline');
    await putRecord(sam.db, 'people', unsent);
    await deleteRecord(ria.db, 'people', doomed.id);
    await ria.client.sync();
    await server.handle.db.execute(sql`update records set updated_at = 0 where id = ${doomed.id}`);
    expect((await purgeTombstones(server.handle.db, 90 * 86_400_000)).tombstones).toBe(1);

    const cookie = Number((await sam.db.meta.get('cookie'))!.value);
    const refused = await fetch(`${server.url}/v1/sync/pull?cookie=${cookie}`, { headers: { authorization: `Bearer ${(sam.client as unknown as { server: { token: string } }).server.token}`, 'x-pipeclip-protocol': String(PROTOCOL_VERSION), 'x-pipeclip-schema': String(SCHEMA_VERSION) } });
    expect(refused.status).toBe(410);
    expect(await refused.json()).toMatchObject({ code: 'resync_required' });

    await sam.client.sync();
    expect((await sam.db.people.toArray()).map((p) => p.name).sort()).toEqual(['Still here', 'Written offline']);
    expect(await pendingCount(sam.db)).toBe(0);
    await ria.client.sync();
    expect((await ria.db.people.toArray()).map((p) => p.name).sort()).toEqual(['Still here', 'Written offline']);
  });
});
