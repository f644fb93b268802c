import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';

export const DAY_MS = 86_400_000;

/**
 * Forgets deletions older than the retention window: their tombstones and the conflict-log entries of that
 * age. Each team remembers the highest version it purged; a device whose cookie is older than that has missed
 * deletions it can no longer be told about, so its next pull asks it to resync from scratch.
 */
export async function purgeTombstones(db: Database, retentionMs: number, now = Date.now()): Promise<{ tombstones: number; conflicts: number }> {
  const cutoff = now - retentionMs;
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ n: number }>(sql`
      with gone as (delete from records where deleted and updated_at < ${cutoff} returning team_id, version),
      bumped as (
        update teams t set purged_version = greatest(t.purged_version, g.max_version)
        from (select team_id, max(version) as max_version from gone group by team_id) g where t.id = g.team_id
      )
      select count(*)::int as n from gone`);
    const { rows: old } = await tx.execute<{ n: number }>(sql`with gone as (delete from conflicts where created_at < ${cutoff} returning 1) select count(*)::int as n from gone`);
    return { tombstones: rows[0]?.n ?? 0, conflicts: old[0]?.n ?? 0 };
  });
}
