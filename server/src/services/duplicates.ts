import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';

export interface CrossRepDuplicate {
  kind: 'email' | 'domain';
  key: string;
  /** Another rep's lead, seen by a rep, shows only whose it is: name and company are withheld (null). */
  people: { id: string; name: string | null; ownerId: string | null; companyName?: string | null }[];
}

const FREE_MAIL = ['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'proton.me', 'protonmail.com', 'aol.com'];

/**
 * Leads worked by more than one rep: the same email address, or the same company email domain (free-mail
 * domains excluded). Uses the records' own JSON with an index-free scan of the team's people; run on demand.
 */
export async function crossRepDuplicates(db: Database, teamId: string, limit = 100, rep?: string): Promise<CrossRepDuplicate[]> {
  const { rows } = await db.execute<{ kind: 'email' | 'domain'; key: string; people: CrossRepDuplicate['people'] }>(sql`
    with addresses as (
      select r.id, r.owner_id, r.data->>'name' as name, r.data->>'companyName' as company, coalesce((r.data->>'shared')::boolean, false) as shared, lower(e.value) as email
      from records r, jsonb_array_elements_text(coalesce(r.data->'emails', '[]'::jsonb)) e
      where r.team_id = ${teamId} and r.collection = 'people' and not r.deleted
    ), keyed as (
      select 'email' as kind, email as key, id, owner_id, name, company, shared from addresses
      union
      select 'domain', split_part(email, '@', 2), id, owner_id, name, company, shared from addresses
      where split_part(email, '@', 2) not in (select jsonb_array_elements_text(${JSON.stringify(FREE_MAIL)}::jsonb))
    )
    select kind, key, jsonb_agg(distinct jsonb_build_object('id', id, 'name', name, 'ownerId', owner_id, 'companyName', company, 'shared', shared)) as people
    from keyed group by kind, key having count(distinct coalesce(owner_id::text, '')) > 1
      ${rep ? sql`and bool_or(owner_id = ${rep}::uuid)` : sql``}
    order by kind desc, key limit ${limit}`);
  // A rep is told that a teammate works the same lead, and who; not what else is in that teammate's record.
  type Row = CrossRepDuplicate['people'][number] & { shared: boolean };
  return rows.map((g) => ({
    ...g,
    people: (g.people as Row[]).map(({ shared, ...p }) => (!rep || p.ownerId === rep || p.ownerId === null || shared ? p : { ...p, name: null, companyName: null })),
  }));
}
