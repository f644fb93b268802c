import { describe, expect, it } from 'vitest';
import { putRecords } from '../pipeline/bulk-write.ts';
import { dealFixture, freshDb, pipelineFixture } from '../pipeline/test-data.ts';
import { deleteRecord, onLocalWrite, putRecord } from './write.ts';

describe('local writes', () => {
  it('tell their listeners once committed, so the side panel can push them soon', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    const seen: number[] = [];
    const stop = onLocalWrite(() => seen.push(0));
    const deal = dealFixture(p);
    await putRecord(db, 'deals', deal);
    expect(seen).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
    await putRecords(db, 'deals', [dealFixture(p), dealFixture(p)]);
    await deleteRecord(db, 'deals', deal.id);
    expect(seen).toHaveLength(3);
    stop();
    await putRecord(db, 'deals', dealFixture(p));
    expect(seen).toHaveLength(3);
  });
});
