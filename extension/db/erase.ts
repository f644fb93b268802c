import type { PipeclipDb } from './database.ts';
import { deleteRecord } from './write.ts';

/**
 * Right to erasure: the person goes, with every activity recorded about them and any lost value of theirs
 * in the conflict log. Locally at once; the server erases the same on every synced client when the
 * person's deletion arrives (activities are the server's to delete, so they are not queued here).
 */
export async function erasePerson(db: PipeclipDb, id: string): Promise<void> {
  await db.transaction('rw', [db.people, db.activities, db.conflicts, db.outbox, db.meta], async () => {
    const activities = (await db.activities.where('personId').equals(id).primaryKeys()) as string[];
    await deleteRecord(db, 'people', id);
    await db.activities.bulkDelete(activities);
    await db.conflicts.where('recordId').anyOf([id, ...activities]).delete();
  });
}
