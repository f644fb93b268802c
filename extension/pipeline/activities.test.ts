import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { dueTasks, endOfDay, upcomingTasks } from '../reminders/due.ts';
import { addActivity, completeTask, snoozeTask, timelineOf } from './activities.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';

const HOUR = 3_600_000;

describe('follow-ups', () => {
  it('are due until done or snoozed; edits are revisions, so the timeline shows each once', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const deal = dealFixture(p);
    await putRecord(db, 'deals', deal);
    const now = Date.UTC(2026, 10, 23, 10);
    const task = await addActivity(db, { kind: 'task', body: 'Call back', dealId: deal.id, dueAt: now + HOUR }, now);
    await addActivity(db, { kind: 'note', body: 'Met at the fair', dealId: deal.id }, now);
    expect((await db.deals.get(deal.id))!.nextFollowUpAt).toBe(now + HOUR);
    expect((await dueTasks(db, now + 2 * HOUR)).map((a) => a.body)).toEqual(['Call back']);
    expect(await dueTasks(db, now)).toEqual([]);

    const snoozed = await snoozeTask(db, task, now + 30 * HOUR, now + 2 * HOUR);
    expect(await dueTasks(db, now + 2 * HOUR)).toEqual([]);
    expect((await upcomingTasks(db, now + 2 * HOUR)).map((a) => a.id)).toEqual([snoozed.id]);
    expect((await db.deals.get(deal.id))!.nextFollowUpAt).toBe(now + 30 * HOUR);

    await completeTask(db, snoozed, now + 31 * HOUR);
    expect(await dueTasks(db, now + 40 * HOUR)).toEqual([]);
    // The last open task is done: the deal no longer shows (or sorts by) a follow-up.
    expect((await db.deals.get(deal.id))!.nextFollowUpAt).toBeNull();
    const timeline = await timelineOf(db, { dealId: deal.id });
    expect(timeline.map((a) => [a.kind, a.doneAt !== undefined])).toEqual([
      ['task', true],
      ['note', false],
    ]);
    // Activities are insert-only: three task records (original, snoozed, done) and one note went to the outbox.
    expect(await db.activities.count()).toBe(4);
  });

  it('counts today by the local end of day', () => {
    const noon = new Date(2026, 10, 23, 12).getTime();
    expect(new Date(endOfDay(noon)).getHours()).toBe(23);
  });
});
