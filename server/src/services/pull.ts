import { sql } from 'drizzle-orm';
import type { Collection, PullResponse, PullRow } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';

type RowOut = {
  collection: Collection;
  id: string;
  version: string | number;
  deleted: boolean;
  data: Record<string, unknown>;
  stamps: Record<string, string>;
};

/**
 * The team's changes after `cookie`, oldest first. A page never splits one version (one push), so the
 * returned cookie is always safe to resume from. The team version is read first: every row at or below
 * it is committed, because pushes hold the team row while they write.
 */
export async function pullChanges(db: Database, teamId: string, clientId: string | undefined, cookie: number, limit: number): Promise<PullResponse> {
  const head = Number((await db.execute<{ version: string | number }>(sql`select version from teams where id = ${teamId}`)).rows[0]?.version ?? 0);
  const select = (extra: ReturnType<typeof sql>, max?: number) =>
    db.execute<RowOut>(sql`select collection, id, version, deleted, data, stamps from records
      where team_id = ${teamId} and version > ${cookie} and version <= ${head} ${extra}
      order by version, collection, id ${max === undefined ? sql`` : sql`limit ${max}`}`);
  let rows = (await select(sql``, limit + 1)).rows;
  let more = false;
  if (rows.length > limit) {
    more = true;
    const cut = Number(rows[limit]!.version);
    rows = rows.slice(0, limit).filter((r) => Number(r.version) < cut);
    if (rows.length === 0) rows = (await select(sql`and version = ${cut}`)).rows;
  }
  const out: PullRow[] = rows.map((r) => ({ collection: r.collection, id: r.id, version: Number(r.version), deleted: r.deleted, data: r.deleted ? null : r.data, stamps: r.stamps }));
  const lastMutationId = clientId
    ? Number((await db.execute<{ last_mutation_id: string | number }>(sql`select last_mutation_id from clients where id = ${clientId} and team_id = ${teamId}`)).rows[0]?.last_mutation_id ?? 0)
    : 0;
  return { cookie: more ? Math.max(cookie, ...out.map((r) => r.version)) : Math.max(cookie, head), lastMutationId, rows: out, more };
}
