import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';

export type Database = ReturnType<typeof drizzlePglite<typeof schema>>;

export interface DbHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Tells every server process on this database (PostgreSQL NOTIFY; PGlite has only this process). */
  publish(channel: string, payload: string): Promise<void>;
  /** Calls `onMessage` for each message published on the channel by any server process (LISTEN). */
  subscribe(channel: string, onMessage: (payload: string) => void): Promise<void>;
}

type Subscribers = Map<string, Set<(payload: string) => void>>;
const deliver = (subscribers: Subscribers, channel: string, payload: string) => subscribers.get(channel)?.forEach((fn) => fn(payload));
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export interface DbOptions {
  /** PostgreSQL URL; when absent, the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` for a throwaway database. */
  dataDir?: string;
}

/** Opens the database: PostgreSQL when a URL is given, embedded PGlite otherwise. */
export async function openDb({ databaseUrl, dataDir = 'memory://' }: DbOptions): Promise<DbHandle> {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    await pool.query('select 1');
    // Both drivers speak the same drizzle pg-core API; the cast unifies their result-type generics.
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    const subscribers: Subscribers = new Map();
    let listener: Promise<pg.Client> | undefined;
    let closed = false;
    // One connection LISTENs for the process; if it drops, the next subscription or a timer reconnects it.
    const connect = (): Promise<pg.Client> =>
      (listener ??= (async () => {
        const client = new pg.Client({ connectionString: databaseUrl });
        client.on('notification', (m) => deliver(subscribers, m.channel, m.payload ?? ''));
        client.on('error', () => {
          listener = undefined;
          if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
        });
        await client.connect();
        for (const channel of subscribers.keys()) await client.query(`listen ${channel}`);
        return client;
      })());
    return {
      db,
      engine: 'postgres',
      async close() {
        closed = true;
        await (await listener?.catch(() => undefined))?.end().catch(() => undefined);
        await pool.end();
      },
      publish: async (channel, payload) => void (await pool.query('select pg_notify($1, $2)', [channel, payload])),
      async subscribe(channel, onMessage) {
        if (!CHANNEL.test(channel)) throw new Error(`Not a channel name: ${channel}`);
        const known = subscribers.get(channel);
        if (known) return void known.add(onMessage);
        subscribers.set(channel, new Set([onMessage]));
        await (await connect()).query(`listen ${channel}`);
      },
    };
  }
  const client = await PGlite.create(dataDir);
  // PGlite's data folder belongs to one process: messages only ever need to reach this one.
  const subscribers: Subscribers = new Map();
  return {
    db: drizzlePglite(client, { schema }),
    engine: 'pglite',
    close: () => client.close(),
    publish: async (channel, payload) => queueMicrotask(() => deliver(subscribers, channel, payload)),
    async subscribe(channel, onMessage) {
      subscribers.set(channel, (subscribers.get(channel) ?? new Set()).add(onMessage));
    },
  };
}
