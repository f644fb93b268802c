import 'fake-indexeddb/auto';
import { PROTOCOL_VERSION, PullResponseSchema, SCHEMA_VERSION, uuidv7, type Mutation, type PullRow } from '@pipeclip/shared';
import { sql } from 'drizzle-orm';
import { createInvitation, createTeam } from '../../server/src/services/teams.ts';
import { PipeclipDb } from '../../extension/db/database.ts';
import { allMutations, pendingCount } from '../../extension/db/outbox.ts';
import { clientId, deleteRecord, putRecord, setClock } from '../../extension/db/write.ts';
import { putRecords } from '../../extension/pipeline/bulk-write.ts';
import { SyncClient } from '../../extension/sync/client.ts';
import { FaultyNetwork } from './fault-network.ts';
import { rng, type Rng } from './random.ts';
import type { SimServer } from './sim-server.ts';

const HOUR = 3600_000;
const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-pipeclip-protocol': String(PROTOCOL_VERSION), 'x-pipeclip-schema': String(SCHEMA_VERSION) });

interface SimClient {
  name: string;
  db: PipeclipDb;
  net: FaultyNetwork;
  token: string;
  node: string;
  cookie: number;
}

interface Write {
  client: string;
  node: string;
  recordId: string;
  field: string;
  value: unknown;
  stamp: string;
}

export interface SeedReport {
  seed: number;
  violations: string[];
  writes: number;
  syncs: number;
  restarts: number;
}

export interface SeedOptions {
  clients?: number;
  rounds?: number;
}

async function join(server: SimServer, code: string, name: string): Promise<string> {
  const res = await fetch(`${server.url}/v1/auth/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device: name, name }) });
  return ((await res.json()) as { token: string }).token;
}

const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/**
 * One seeded run: several clients (the real extension sync code on fake-indexeddb) edit shared leads
 * while the fault proxy drops, duplicates, delays and reorders their requests, clients are killed
 * mid-sync, clocks are skewed by hours and the server is restarted. Then the network heals and the
 * invariants are checked. Every random choice comes from `seed`, so a failure replays exactly.
 */
export async function runSeed(server: SimServer, seed: number, { clients: count = 5, rounds = 8 }: SeedOptions = {}): Promise<SeedReport> {
  const random = rng(seed);
  const { team, code } = await createTeam(server.handle.db, `Chaos ${seed}`, 'Manager');
  const clients: SimClient[] = [];
  for (let i = 0; i < count; i++) {
    const invite = await createInvitation(server.handle.db, { teamId: team.id, role: 'manager' });
    const token = await join(server, i === 0 ? code : invite, `rep-${i}`);
    const db = new PipeclipDb(`chaos-${seed}-${i}-${uuidv7()}`);
    const skew = random.chance(0.4) ? (random.next() - 0.5) * 6 * HOUR : 0;
    setClock(db, () => Date.now() + skew);
    clients.push({ name: `client ${i}`, db, net: new FaultyNetwork(rng(seed * 31 + i)), token, node: await clientId(db), cookie: 0 });
  }
  const writes: Write[] = [];
  const violations: string[] = [];
  let syncs = 0;
  let restarts = 0;

  const sync = async (c: SimClient, kill: boolean) => {
    syncs++;
    const abort = new AbortController();
    if (kill) setTimeout(() => abort.abort(), random.int(20));
    // A fresh SyncClient each time, as after a service worker restart: all its state is in the database. Small
    // pushes now and then, so the server acknowledges part of a bulk write's outbox row.
    const pushLimit = random.chance(0.3) ? 1 + random.int(3) : undefined;
    await new SyncClient(c.db, { url: server.url, token: c.token }, c.net.fetch, undefined, pushLimit).sync(abort.signal).catch(() => undefined);
    const cookie = Number((await c.db.meta.get('cookie'))?.value ?? 0);
    if (cookie < c.cookie) violations.push(`${c.name}: cookie went back from ${c.cookie} to ${cookie}`);
    c.cookie = cookie;
  };

  for (let round = 0; round < rounds; round++) {
    const inflight: Promise<void>[] = [];
    for (const c of clients) {
      // Edits one after another, or made back to back so that they commit together (group commit).
      const ops = random.int(4);
      if (random.chance(0.3)) await Promise.all(Array.from({ length: ops }, () => edit(c, random, writes)));
      else for (let op = 0; op < ops; op++) await edit(c, random, writes);
      if (random.chance(0.7)) inflight.push(sync(c, random.chance(0.15)));
    }
    if (random.chance(0.08)) {
      restarts++;
      inflight.push(new Promise((r) => setTimeout(r, random.int(10))).then(() => server.restart()));
    }
    await Promise.allSettled(inflight);
  }

  // Quiescence: the network heals, stragglers land, everyone syncs until nothing moves.
  for (const c of clients) {
    c.net.enabled = false;
    await c.net.drain();
  }
  for (let pass = 0; pass < 3; pass++) for (const c of clients) await sync(c, false);

  await checkInvariants(server, team.id, clients, writes, violations);
  return { seed, violations, writes: writes.length, syncs, restarts };
}

async function edit(c: SimClient, random: Rng, writes: Write[]) {
  const ids = (await c.db.people.toCollection().primaryKeys()) as string[];
  const now = Date.now();
  const target = random.chance(0.35) || ids.length === 0 ? undefined : random.pick(ids);
  if (target && random.chance(0.06)) {
    await deleteRecord(c.db, 'people', target);
    return;
  }
  const fields: Record<string, unknown> = target
    ? random.pick([{ title: random.pick(['CEO', 'CTO', 'Buyer', 'Einkauf', 'Inkoper']) }, { companyName: `Co ${random.int(5)}` }, { tags: [random.pick(['hot', 'cold', 'warm'])] }, { name: `Lead ${random.int(100)}` }])!
    : { name: `Lead ${random.int(100)}`, emails: [], phones: [], urls: [], tags: [], source: { kind: 'manual', capturedAt: now }, createdAt: now, updatedAt: now };
  const id = target ?? uuidv7();
  const current = target ? await c.db.people.get(target) : undefined;
  if (target && !current) return;
  if (!target && random.chance(0.15)) {
    // A bulk write (an import): several new leads, their mutations queued as one outbox row.
    const batch = Array.from({ length: 2 + random.int(5) }, (_, i) => ({ ...fields, name: `Lead ${random.int(100)}-${i}`, id: uuidv7() }));
    await putRecords(c.db, 'people', batch);
    for (const r of batch) await recordWrite(c, writes, (m) => m.args.recordId === r.id);
    return;
  }
  const stamp = current ? await putRecord<{ id: string }>(c.db, 'people', { ...current, ...fields, id }, fields) : await putRecord(c.db, 'people', { ...fields, id } as never);
  await recordWrite(c, writes, (m) => m.hlc === stamp);
}

/** Notes what a write sent, from its outbox entry: no sync of this client runs while it edits, so it is still there. */
async function recordWrite(c: SimClient, writes: Write[], which: (m: Mutation) => boolean) {
  const m = (await allMutations(c.db)).findLast(which);
  if (!m || !('fields' in m.args)) throw new Error(`${c.name}: no outbox entry for a write it just made`);
  for (const [field, value] of Object.entries(m.args.fields)) writes.push({ client: c.name, node: c.node, recordId: m.args.recordId, field, value, stamp: m.hlc });
}

async function serverState(server: SimServer, token: string): Promise<Map<string, PullRow>> {
  const rows = new Map<string, PullRow>();
  let cookie = 0;
  for (;;) {
    const res = await fetch(`${server.url}/v1/sync/pull?cookie=${cookie}&limit=2000`, { headers: headers(token) });
    const page = PullResponseSchema.parse(await res.json());
    for (const r of page.rows) rows.set(r.id, r);
    cookie = page.cookie;
    if (!page.more) return rows;
  }
}

async function checkInvariants(server: SimServer, teamId: string, clients: SimClient[], writes: Write[], violations: string[]) {
  const state = await serverState(server, clients[0]!.token);
  const live = [...state.values()].filter((r) => !r.deleted && r.collection === 'people');
  const expected = canonical(live.map((r) => ({ ...r.data, id: r.id })).sort((a, b) => a.id.localeCompare(b.id)));
  for (const c of clients) {
    const pending = await pendingCount(c.db);
    if (pending) violations.push(`${c.name}: ${pending} mutations still in its outbox after quiescence`);
    const local = canonical((await c.db.people.toArray()).sort((a, b) => a.id.localeCompare(b.id)));
    if (local !== expected) violations.push(`${c.name}: differs from the server (${(await c.db.people.count())} local vs ${live.length} server records)`);
  }
  const { rows: lostRows } = await server.handle.db.execute<{ record_id: string; field: string; value: unknown }>(sql`select record_id, field, value from conflicts where team_id = ${teamId}`);
  const lost = new Set(lostRows.map((r) => `${r.record_id}/${r.field}/${canonical(r.value)}`));
  for (const w of writes) {
    const row = state.get(w.recordId);
    if (!row) {
      violations.push(`write lost: ${w.client} set ${w.field} of ${w.recordId} and the server never saw the record`);
      continue;
    }
    if (row.deleted) continue;
    if (canonical(row.data?.[w.field]) === canonical(w.value)) continue;
    if (lost.has(`${w.recordId}/${w.field}/${canonical(w.value)}`)) continue;
    if (writes.some((o) => o.node === w.node && o.recordId === w.recordId && o.field === w.field && o.stamp > w.stamp)) continue;
    // Another writer set the same value later: the two merged, and what became of it afterwards is that writer's.
    if (writes.some((o) => o.node !== w.node && o.recordId === w.recordId && o.field === w.field && canonical(o.value) === canonical(w.value) && o.stamp !== w.stamp)) continue;
    const history = writes.filter((o) => o.recordId === w.recordId && o.field === w.field).map((o) => `${o.client}@${o.stamp.slice(0, 21)}=${canonical(o.value)}`);
    violations.push(`write lost: ${w.client} set ${w.field}=${canonical(w.value)} on ${w.recordId} (${w.stamp}); server has ${canonical(row.data?.[w.field])} @${row.stamps[w.field]} and no conflict entry; writes: ${history.join(', ')}`);
  }
  // A replayed push changes nothing.
  const replay = clients.find((c) => c.net.lastPush);
  if (replay) {
    const before = await serverState(server, replay.token);
    const res = await fetch(`${server.url}/v1/sync/push`, { method: 'POST', headers: headers(replay.token), body: replay.net.lastPush });
    const body = (await res.json()) as { results?: { status: string }[] };
    if (!res.ok || body.results?.some((r) => r.status !== 'skipped')) violations.push(`replaying ${replay.name}'s last push was not skipped: ${JSON.stringify(body).slice(0, 200)}`);
    const after = await serverState(server, replay.token);
    if (canonical([...after.values()]) !== canonical([...before.values()])) violations.push('replaying a push changed the server state');
  }
  for (const c of clients) c.db.close();
}
