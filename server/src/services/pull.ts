import { sql } from 'drizzle-orm';
import type { Collection, LostWriteRow, PullResponse } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { ApiError } from '../errors.ts';

/** One changed record as the database wrote it out: its version, and the whole pull row as JSON text. */
type RowOut = { version: string | number; row: string };

/**
 * A page of a pull. The rows are JSON text, each a `PullRow` written by the database: the records' data and
 * stamps go out as stored, never parsed into objects and serialised again. `pageJson` writes the whole page.
 */
export interface PullPage extends Omit<PullResponse, 'rows'> {
  rows: string[];
}

/** The page as the JSON of a `PullResponse`. */
export function pageJson({ rows, ...rest }: PullPage): string {
  return `{"rows":[${rows.join(',')}],${JSON.stringify(rest).slice(1)}`;
}

/**
 * The team's changes after `cookie`, oldest first. For a rep (`repId`), only records they may see come; one
 * reassigned away from them comes as a deletion, so it leaves the old owner's device. A page never splits one version (one push), so the
 * returned cookie is always safe to resume from. The team version is read first: every row at or below
 * it is committed, because pushes hold the team row while they write.
 */
export async function pullChanges(db: Database, teamId: string, clientId: string | undefined, cookie: number, limit: number, repId?: string): Promise<PullPage> {
  // One round trip for the team's head version and this client's last processed mutation.
  const { rows: meta } = await db.execute<{ head: string | number | null; purged: string | number | null; last: string | number | null }>(
    sql`select t.version as head, t.purged_version as purged, (select last_mutation_id from clients where id = ${clientId ?? ''} and team_id = ${teamId}) as last
        from teams t where t.id = ${teamId}`,
  );
  const head = Number(meta[0]?.head ?? 0);
  if (cookie > 0 && cookie < Number(meta[0]?.purged ?? 0)) {
    throw new ApiError(410, 'This device has been away longer than the server keeps deletions: it starts over from a fresh copy of the team’s data, keeping its unsent changes', 'resync_required');
  }
  const select = (extra: ReturnType<typeof sql>, max?: number) =>
    db.execute<RowOut>(sql`select version, json_build_object('collection', collection, 'id', id, 'version', version, 'deleted', hidden, 'data', case when hidden then null else data end, 'stamps', stamps)::text as row
      from (select collection, id, version, data, stamps, deleted or (${repId ?? null}::uuid is not null and owner_id is not null and owner_id <> ${repId ?? null}::uuid and coalesce(data->>'shared', 'false') <> 'true') as hidden from records
        where team_id = ${teamId} and version > ${cookie} and version <= ${head} ${extra} ${repId ? visibleTo(repId) : sql``}
        order by version, collection, id ${max === undefined ? sql`` : sql`limit ${max}`}) r
      order by version, collection, id`);
  let rows = (await select(sql``, limit + 1)).rows;
  let more = false;
  if (rows.length > limit) {
    more = true;
    const cut = Number(rows[limit]!.version);
    rows = rows.slice(0, limit).filter((r) => Number(r.version) < cut);
    if (rows.length === 0) rows = (await select(sql`and version = ${cut}`)).rows;
  }
  const next = more ? Math.max(cookie, ...rows.map((r) => Number(r.version))) : Math.max(cookie, head);
  const lastMutationId = clientId ? Number(meta[0]?.last ?? 0) : 0;
  const lost = clientId && next > cookie ? await lostWrites(db, teamId, clientId, cookie, next) : [];
  return { cookie: next, lastMutationId, rows: rows.map((r) => r.row), lost, more, head };
}

/** A rep's view: their own, unowned and shared records, plus those just reassigned away from them (as deletions). */
const visibleTo = (repId: string) =>
  sql`and (owner_id is null or owner_id = ${repId}::uuid or prev_owner_id = ${repId}::uuid or data->>'shared' = 'true' or collection in ('pipelines', 'companies'))`;

type LostOut = { collection: Collection; record_id: string; field: string; value: unknown; stamp: string; winning_stamp: string };

/** The client's own writes that lost in the versions (from, to]: its HLC node is its client id. */
async function lostWrites(db: Database, teamId: string, clientId: string, from: number, to: number): Promise<LostWriteRow[]> {
  const { rows } = await db.execute<LostOut>(sql`select collection, record_id, field, value, stamp, winning_stamp from conflicts
    where team_id = ${teamId} and version > ${from} and version <= ${to} and stamp like ${`%:${clientId}`} order by id limit 1000`);
  return rows.map((r) => ({ collection: r.collection, recordId: r.record_id, field: r.field, value: r.value, stamp: r.stamp, winningStamp: r.winning_stamp }));
}
