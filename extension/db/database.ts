import Dexie, { type EntityTable } from 'dexie';
import type { Activity, Company, Deal, Mutation, Person, Pipeline } from '@pipeclip/shared';
import { dealsVersionMiddleware } from './deals-version.ts';

/**
 * Mutations waiting to reach the server, with consecutive client mutation ids (1, 2, 3, … never reused): the
 * row's key is the id of its last mutation. A single write is a row of one; a bulk write (an import, a restore)
 * is a few rows of many, so queueing 10,000 records costs two requests, not 10,000. Read and write it through
 * `outbox.ts`.
 */
export interface OutboxEntry {
  id?: number;
  mutations: Omit<Mutation, 'id'>[];
  createdAt: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface ConflictEntry {
  id?: number;
  collection: string;
  recordId: string;
  field: string;
  /** The value that lost, and the one that won. */
  lostValue: unknown;
  wonValue: unknown;
  at: number;
  seen: boolean;
}

export class PipeclipDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  companies!: EntityTable<Company, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  pipelines!: EntityTable<Pipeline, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  conflicts!: EntityTable<ConflictEntry, 'id'>;

  constructor(name = 'pipeclip') {
    // Relaxed durability: commits return once the OS has the data, not after an fsync. A power cut may
    // lose the last write; a crash of the browser or service worker does not. Writes take ~1 ms, not ~10.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      people: 'id, updatedAt, *emails, *phones, *urls, companyName, name, score',
      companies: 'id, domain, name',
      deals: 'id, [pipelineId+stageId], stageId, status, ownerId, updatedAt, nextFollowUpAt, expectedCloseAt, value, personId',
      activities: 'id, personId, dealId, dueAt, createdAt',
      pipelines: 'id',
      outbox: '++id',
      meta: 'key',
      conflicts: '++id, recordId, seen',
      stamps: 'key',
    });
    // v2: indexes for the board (newest per stage), the deal list (age), follow-ups (open tasks by due date)
    // and revisions (an activity replaced by a newer one). Only indexes change, so no data upgrade is needed.
    this.version(2).stores({
      deals: 'id, [pipelineId+stageId], [pipelineId+stageId+updatedAt], stageId, status, ownerId, updatedAt, createdAt, nextFollowUpAt, expectedCloseAt, value, personId, *tags',
      activities: 'id, personId, dealId, dueAt, createdAt, revises, [kind+dueAt]',
      people: 'id, updatedAt, *emails, *phones, *urls, companyName, name, score, *tags',
    });
    // v3: no per-record stamps table. A pending field's stamp is in its outbox entry, and once the server has
    // acknowledged it the server's stamps decide, so the copy cost a request per write and per pulled record.
    this.version(3).stores({ stamps: null });
    // v4: outbox rows hold a run of mutations; indexes no query uses are dropped (each cost a write per record).
    this.version(4)
      .stores({
        deals: 'id, [pipelineId+stageId], [pipelineId+stageId+updatedAt], updatedAt, createdAt, nextFollowUpAt, value, personId',
        people: 'id, updatedAt, *emails, *phones, *urls, companyName, name, *tags',
      })
      .upgrade((tx) =>
        tx.table('outbox').toCollection().modify((row: { mutation?: unknown; mutations?: unknown[] }) => {
          if (row.mutations) return;
          row.mutations = [row.mutation];
          delete row.mutation;
        }),
      );
    // v5: deals are found by pipeline and stage through the prefixes of [pipelineId+stageId+updatedAt] alone.
    this.version(5).stores({
      deals: 'id, [pipelineId+stageId+updatedAt], updatedAt, createdAt, nextFollowUpAt, value, personId',
    });
    this.use(dealsVersionMiddleware);
  }
}

let shared: PipeclipDb | undefined;
/** The extension's one database, opened lazily so importing this module costs nothing. */
export const getDb = () => (shared ??= new PipeclipDb());
