import { sql } from 'drizzle-orm';
import {
  COLLECTIONS,
  StampClamp,
  mergeFields,
  parseFields,
  parseNewRecord,
  tombstone,
  type Collection,
  type FieldState,
  type LostWrite,
  type Mutation,
  type MutationResult,
  type PushRequest,
  type PushResponse,
} from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { ApiError } from '../errors.ts';
import { updateCounters } from './counters.ts';
import type { Caller } from '../middleware/auth.ts';

/** One per process: clamped stamps must rise across pushes, in the order the server applies them. */
const clamp = new StampClamp();

type Key = `${string}/${string}`;
const keyOf = (collection: string, id: string): Key => `${collection}/${id}`;

interface Working extends FieldState {
  collection: Collection;
  id: string;
  dirty: boolean;
  /** The record as it was before this push, for the team counters. */
  before?: { data: Record<string, unknown>; deleted: boolean };
  /** A record this push created, as its schema reads it (defaults filled in): the counters need not parse it again. */
  record?: Record<string, unknown>;
}

/** Collections whose records belong to a rep: a new one without an owner belongs to its creator. */
const OWNED = new Set<Collection>(['people', 'deals', 'activities']);

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Applies a client's mutations in one transaction together with its last processed mutation id:
 * replays are skipped, a gap is refused, an invalid mutation is recorded as failed and the rest go on.
 * Every change of this push shares one new team version, which is what pulls page by.
 */
export async function applyPush(db: Database, caller: Caller, push: PushRequest): Promise<PushResponse> {
  push.mutations.forEach((m, i) => {
    const prev = push.mutations[i - 1];
    if (prev && m.id !== prev.id + 1) throw new ApiError(400, `Mutation ids must be consecutive: ${prev.id} is followed by ${m.id}`, 'non_consecutive');
  });
  return db.transaction(async (tx) => {
    const last = await lockClient(tx, caller, push.clientId);
    const first = push.mutations[0]!.id;
    if (first > last + 1) {
      throw new ApiError(409, `Mutation ${first} arrived but the server has processed up to ${last}: send from ${last + 1}`, 'mutation_gap', { lastMutationId: last });
    }
    const fresh = push.mutations.filter((m) => m.id > last);
    const skipped: MutationResult[] = push.mutations.filter((m) => m.id <= last).map((m) => ({ id: m.id, status: 'skipped' }));
    const { results, cookie, failures } = await applyMutations(tx, caller, fresh);
    if (failures.length) await writeFailures(tx, caller.teamId, push.clientId, failures);
    const now = Date.now();
    const lastMutationId = Math.max(last, push.mutations.at(-1)!.id);
    await tx.execute(sql`update clients set last_mutation_id = ${lastMutationId}, updated_at = ${now} where id = ${push.clientId}`);
    return { lastMutationId, cookie, results: [...skipped, ...results] };
  });
}

/**
 * Applies mutations inside the caller's transaction: merge per field, counters, conflict log, one new team
 * version for everything they touched. Also the path of the server's own edits (reassign, merge).
 */
export async function applyMutations(tx: Tx, caller: Caller, mutations: Mutation[]) {
  const results: MutationResult[] = [];
  const state = await loadRecords(tx, caller.teamId, mutations);
  const lost: (LostWrite & { collection: string; recordId: string })[] = [];
  const failures: { id: number; name: string; error: string }[] = [];
  const now = Date.now();
  const erased = new Map<string, string>();
  for (const m of mutations) {
    const stamp = clamp.clamp(m.hlc, now);
    const error = applyOne(state, m, stamp, lost, caller);
    results.push(error ? { id: m.id, status: 'failed', error } : { id: m.id, status: 'applied' });
    if (error) failures.push({ id: m.id, name: m.name, error });
    else if (m.name === 'record.delete' && m.args.collection === 'people') erased.set(m.args.recordId, stamp);
  }
  const erasedIds = erased.size ? await eraseDependents(tx, caller.teamId, state, erased) : [];
  const changed = [...state.values()].filter((r) => r.dirty);
  let cookie: number;
  if (changed.length > 0) {
    cookie = await writeRecords(tx, caller.teamId, changed, now);
  } else {
    cookie = await currentVersion(tx, caller.teamId);
  }
  await updateCounters(
    tx,
    caller.teamId,
    changed.map((r) => ({ collection: r.collection, id: r.id, before: r.before && !r.before.deleted ? r.before.data : undefined, after: r.deleted ? undefined : r.data, parsed: r.record })),
  );
  if (lost.length) await writeConflicts(tx, caller.teamId, lost, cookie, now);
  if (erasedIds.length) await tx.execute(sql`delete from conflicts where team_id = ${caller.teamId} and record_id in (select (jsonb_array_elements_text(${JSON.stringify(erasedIds)}::jsonb))::uuid)`);
  return { results, cookie, failures };
}

function applyOne(state: Map<Key, Working>, m: Mutation, stamp: string, lost: (LostWrite & { collection: string; recordId: string })[], caller: Caller): string | undefined {
  const { collection, recordId } = m.args;
  const key = keyOf(collection, recordId);
  const current = state.get(key);
  const owner = current?.data['ownerId'];
  if (caller.role === 'rep' && typeof owner === 'string' && owner !== caller.memberId && current?.data['shared'] !== true) return 'This record belongs to another rep: ask your manager to reassign it';
  if (m.name === 'record.delete') {
    state.set(key, { ...tombstone(current, stamp), collection, id: recordId, dirty: true, before: current?.before });
    return undefined;
  }
  if (collection === 'activities' && current && !current.deleted) return 'Activities are insert-only: add a new activity that revises this one';
  // A new record is validated whole, in one pass: every field, and nothing required missing. A live record was
  // whole before, so a change to it (or to a tombstone, which stays one) is validated field by field.
  const parsed = current ? parseFields(collection, m.args.fields) : parseNewRecord(collection, m.args.fields);
  if (!parsed.success) return current ? describeIssues(parsed.error.issues, 'fields') : newRecordError(collection, recordId, m.args.fields);
  const data = parsed.data as Record<string, unknown>;
  // Only fields the client sent: defaults filled in by the schema must not overwrite newer values.
  const fields = Object.fromEntries(Object.keys(m.args.fields).map((k) => [k, data[k]]));
  if (!current && OWNED.has(collection) && fields['ownerId'] === undefined) fields['ownerId'] = data['ownerId'] = caller.memberId;
  const merged = mergeFields(current, fields, stamp);
  lost.push(...merged.lost.map((l) => ({ ...l, collection, recordId })));
  // Dirty even when the write lost: the record is sent back, so the writer's copy converges on the winner.
  state.set(key, {
    data: merged.data,
    stamps: merged.stamps,
    deleted: merged.deleted,
    collection,
    id: recordId,
    dirty: true,
    before: current?.before,
    record: current ? undefined : { ...data, id: recordId },
  });
  return undefined;
}

const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[], what = '') => issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');

/** Why a new record was refused, in two steps: a field that is invalid, else the fields that are missing. */
function newRecordError(collection: Collection, recordId: string, sent: Record<string, unknown>): string {
  const parsed = parseFields(collection, sent);
  if (!parsed.success) return describeIssues(parsed.error.issues, 'fields');
  const fields = Object.fromEntries(Object.keys(sent).map((k) => [k, (parsed.data as Record<string, unknown>)[k]]));
  const whole = COLLECTIONS[collection].safeParse({ ...fields, id: recordId });
  return `The ${collection} record would be incomplete: ${whole.success ? 'invalid fields' : describeIssues(whole.error.issues)}`;
}

/**
 * Right to erasure: deleting a person also deletes what was recorded about them (their activities: notes,
 * calls, emails) and every lost value of theirs kept in the conflict log. The tombstones travel to every
 * synced client with this push's version. Deals stay: they are the company's, and show no person any more.
 * Returns the ids whose conflict-log entries must go too.
 */
async function eraseDependents(tx: Tx, teamId: string, state: Map<Key, Working>, erased: Map<string, string>): Promise<string[]> {
  const { rows } = await tx.execute<{ id: string; data: Record<string, unknown>; stamps: Record<string, string>; deleted: boolean }>(
    sql`select r.id, r.data, r.stamps, r.deleted from records r
        where r.team_id = ${teamId} and r.collection = 'activities' and not r.deleted
          and r.data->>'personId' in (select jsonb_array_elements_text(${JSON.stringify([...erased.keys()])}::jsonb)) for update of r`,
  );
  for (const r of rows) {
    const key = keyOf('activities', r.id);
    const current = state.get(key) ?? { ...r, collection: 'activities' as const, dirty: false, before: { data: r.data, deleted: r.deleted } };
    if (current.deleted) continue;
    state.set(key, { ...tombstone(current, erased.get(String(r.data['personId']))!), collection: 'activities', id: r.id, dirty: true, before: current.before });
  }
  for (const w of state.values()) {
    if (w.collection === 'activities' && !w.deleted && typeof w.data['personId'] === 'string' && erased.has(w.data['personId'])) {
      state.set(keyOf('activities', w.id), { ...tombstone(w, erased.get(w.data['personId'])!), collection: 'activities', id: w.id, dirty: true, before: w.before });
    }
  }
  return [...erased.keys(), ...rows.map((r) => r.id)];
}

async function lockClient(tx: Tx, caller: Caller, clientId: string): Promise<number> {
  // One round trip: creates the client on its first push, and either way locks its row until commit.
  const { rows } = await tx.execute<{ device_id: string; last_mutation_id: string | number }>(
    sql`insert into clients (id, team_id, device_id, last_mutation_id, updated_at) values (${clientId}, ${caller.teamId}, ${caller.deviceId}, 0, ${Date.now()})
        on conflict (id) do update set updated_at = clients.updated_at returning device_id, last_mutation_id`,
  );
  const row = rows[0]!;
  if (row.device_id !== caller.deviceId) throw new ApiError(403, 'This client id belongs to another device', 'foreign_client');
  return Number(row.last_mutation_id);
}

async function loadRecords(tx: Tx, teamId: string, mutations: Mutation[]): Promise<Map<Key, Working>> {
  const state = new Map<Key, Working>();
  if (mutations.length === 0) return state;
  // Joined on the whole primary key: without table statistics (PGlite never gathers them on its own) an
  // `id in (…)` lookup can read every record of the team.
  const keys = JSON.stringify([...new Map(mutations.map((m) => [keyOf(m.args.collection, m.args.recordId), { collection: m.args.collection, id: m.args.recordId }])).values()]);
  const { rows } = await tx.execute<{ collection: Collection; id: string; data: Record<string, unknown>; stamps: Record<string, string>; deleted: boolean }>(
    sql`select r.collection, r.id, r.data, r.stamps, r.deleted from jsonb_to_recordset(${keys}::jsonb) as k(collection text, id uuid)
        join records r on r.team_id = ${teamId} and r.collection = k.collection and r.id = k.id for update of r`,
  );
  for (const r of rows) state.set(keyOf(r.collection, r.id), { ...r, dirty: false, before: { data: r.data, deleted: r.deleted } });
  return state;
}

async function currentVersion(tx: Tx, teamId: string): Promise<number> {
  const { rows } = await tx.execute<{ version: string | number }>(sql`select version from teams where id = ${teamId}`);
  return Number(rows[0]!.version);
}

/** Writes the changed records under a new team version, in one statement; returns that version. */
async function writeRecords(tx: Tx, teamId: string, changed: Working[], now: number): Promise<number> {
  const rows = JSON.stringify(
    changed.map((r) => ({ collection: r.collection, id: r.id, data: r.data, stamps: r.stamps, deleted: r.deleted, owner_id: typeof r.data['ownerId'] === 'string' ? r.data['ownerId'] : null })),
  );
  const { rows: out } = await tx.execute<{ version: string | number }>(sql`
    with v as (update teams set version = version + 1 where id = ${teamId} returning version),
    w as (
      insert into records (team_id, collection, id, data, stamps, deleted, owner_id, version, updated_at)
      select ${teamId}::uuid, x.collection, x.id, x.data, x.stamps, x.deleted, x.owner_id, (select version from v), ${now}
      from jsonb_to_recordset(${rows}::jsonb) as x(collection text, id uuid, data jsonb, stamps jsonb, deleted boolean, owner_id uuid)
      on conflict (team_id, collection, id) do update set data = excluded.data, stamps = excluded.stamps, deleted = excluded.deleted,
        owner_id = excluded.owner_id, version = excluded.version, updated_at = excluded.updated_at,
        prev_owner_id = case when records.owner_id is distinct from excluded.owner_id then records.owner_id else records.prev_owner_id end
    )
    select version from v`);
  return Number(out[0]!.version);
}

async function writeConflicts(tx: Tx, teamId: string, lost: (LostWrite & { collection: string; recordId: string })[], version: number, now: number) {
  const rows = JSON.stringify(lost.map((l) => ({ collection: l.collection, record_id: l.recordId, field: l.field, value: l.value ?? null, stamp: l.stamp, winning_stamp: l.winningStamp })));
  await tx.execute(sql`insert into conflicts (team_id, collection, record_id, field, value, stamp, winning_stamp, version, created_at)
    select ${teamId}::uuid, x.collection, x.record_id, x.field, x.value, x.stamp, x.winning_stamp, ${version}, ${now}
    from jsonb_to_recordset(${rows}::jsonb) as x(collection text, record_id uuid, field text, value jsonb, stamp text, winning_stamp text)`);
}

async function writeFailures(tx: Tx, teamId: string, clientId: string, failures: { id: number; name: string; error: string }[]) {
  const rows = JSON.stringify(failures.map((f) => ({ mutation_id: f.id, name: f.name, error: f.error.slice(0, 1000) })));
  await tx.execute(sql`insert into mutation_failures (team_id, client_id, mutation_id, name, error)
    select ${teamId}::uuid, ${clientId}, x.mutation_id, x.name, x.error
    from jsonb_to_recordset(${rows}::jsonb) as x(mutation_id bigint, name text, error text)`);
}
