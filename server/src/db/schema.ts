import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const epochMs = (name: string) => bigint(name, { mode: 'number' });

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** The team's version cookie: incremented by every push transaction that changes something. */
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  /** Tombstones up to this version were purged after the retention window: a client behind it must reset. */
  purgedVersion: bigint('purged_version', { mode: 'number' }).notNull().default(0),
  createdAt: epochMs('created_at').notNull(),
});

export const members = pgTable('members', {
  id: uuid('id').primaryKey(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  name: text('name').notNull(),
  role: text('role', { enum: ['rep', 'manager'] }).notNull(),
  createdAt: epochMs('created_at').notNull(),
});

export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    memberId: uuid('member_id').notNull().references(() => members.id),
    label: text('label').notNull(),
    /** SHA-256 of the bearer token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: epochMs('created_at').notNull(),
    lastSeenAt: epochMs('last_seen_at'),
    revokedAt: epochMs('revoked_at'),
  },
  (t) => [index('devices_member_idx').on(t.memberId)],
);

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  codeHash: text('code_hash').notNull().unique(),
  role: text('role', { enum: ['rep', 'manager'] }).notNull(),
  /** Set for an invitation that makes a device for an existing member (pairing). */
  memberId: uuid('member_id').references(() => members.id),
  expiresAt: epochMs('expires_at').notNull(),
  usesLeft: integer('uses_left').notNull().default(1),
  createdAt: epochMs('created_at').notNull(),
});

/** One row per extension install: the last mutation id it pushed that the server processed. */
export const clients = pgTable('clients', {
  id: text('id').primaryKey(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  deviceId: uuid('device_id').notNull().references(() => devices.id),
  lastMutationId: bigint('last_mutation_id', { mode: 'number' }).notNull().default(0),
  updatedAt: epochMs('updated_at').notNull(),
});

/** The team's merged state: one row per synced record, with the clock stamp of every field. */
export const records = pgTable(
  'records',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id),
    collection: text('collection').notNull(),
    id: uuid('id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    stamps: jsonb('stamps').$type<Record<string, string>>().notNull(),
    deleted: boolean('deleted').notNull().default(false),
    ownerId: uuid('owner_id'),
    /** The owner before the last reassignment: that rep's devices still get the record, as a deletion. */
    prevOwnerId: uuid('prev_owner_id'),
    version: bigint('version', { mode: 'number' }).notNull(),
    updatedAt: epochMs('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.collection, t.id] }), index('records_version_idx').on(t.teamId, t.version)],
);

/** Values that lost a last-writer-wins race: kept, never silently dropped. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: serial('id').primaryKey(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    collection: text('collection').notNull(),
    recordId: uuid('record_id').notNull(),
    field: text('field').notNull(),
    value: jsonb('value'),
    stamp: text('stamp').notNull(),
    winningStamp: text('winning_stamp').notNull(),
    /** The team version of the push that decided it: pulls deliver it to the client whose write lost. */
    version: bigint('version', { mode: 'number' }).notNull().default(0),
    createdAt: epochMs('created_at').notNull(),
  },
  (t) => [index('conflicts_record_idx').on(t.teamId, t.recordId), index('conflicts_version_idx').on(t.teamId, t.version)],
);

export const mutationFailures = pgTable('mutation_failures', {
  id: serial('id').primaryKey(),
  teamId: uuid('team_id').notNull(),
  clientId: text('client_id').notNull(),
  mutationId: bigint('mutation_id', { mode: 'number' }).notNull(),
  name: text('name').notNull(),
  error: text('error').notNull(),
  createdAt: epochMs('created_at').notNull().default(sql`(extract(epoch from now()) * 1000)::bigint`),
});

const money = (name: string) => numeric(name, { precision: 20, scale: 2, mode: 'number' });

/**
 * The team's deal counters, maintained in the push transaction (shared/metrics `contributionDelta`): reading a
 * summary reads these few rows, never the deals. Empty strings stand for "none" in the key columns.
 */
export const dealCounters = pgTable(
  'deal_counters',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id),
    pipelineId: text('pipeline_id').notNull(),
    currency: text('currency').notNull(),
    ownerId: text('owner_id').notNull(),
    stageId: text('stage_id').notNull(),
    status: text('status', { enum: ['open', 'won', 'lost'] }).notNull(),
    closeMonth: text('close_month').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    value: money('value').notNull(),
    weighted: money('weighted').notNull(),
    commit: money('commit').notNull(),
    cycleDays: numeric('cycle_days', { precision: 20, scale: 4, mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('deal_counters_key').on(t.teamId, t.pipelineId, t.currency, t.ownerId, t.stageId, t.status, t.closeMonth)],
);

export const quotas = pgTable(
  'quotas',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id),
    memberId: uuid('member_id').notNull().references(() => members.id),
    period: text('period').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.memberId, t.period] })],
);

/** What the team forecast said for a period on a given day: compared with what was won, it gives accuracy. */
export const forecastSnapshots = pgTable(
  'forecast_snapshots',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id),
    pipelineId: text('pipeline_id').notNull(),
    currency: text('currency').notNull(),
    period: text('period').notNull(),
    day: text('day').notNull(),
    takenAt: epochMs('taken_at').notNull(),
    forecast: money('forecast').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.pipelineId, t.currency, t.period, t.day] })],
);
