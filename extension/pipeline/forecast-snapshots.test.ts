import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { forecastPeriods, snapshotForecastsDaily } from './forecast-snapshots.ts';
import { readSnapshots } from './metrics-store.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';

describe('snapshotForecastsDaily', () => {
  it('records the forecast of every month and quarter ahead once a day, without the metrics view', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    await putRecord(db, 'pipelines', p);
    const now = Date.UTC(2026, 10, 23, 12);
    await putRecord(db, 'deals', dealFixture(p, { value: 10_000, expectedCloseAt: Date.UTC(2026, 11, 10), createdAt: now, updatedAt: now }));
    expect(await snapshotForecastsDaily(db, now)).toBe(1);
    const snapshots = await readSnapshots(db, p.id);
    expect(snapshots.map((s) => s.period)).toEqual(forecastPeriods(now));
    expect(snapshots.find((s) => s.period === '2026-12')!.forecast).toBeGreaterThan(0);
    expect(await snapshotForecastsDaily(db, now + 3_600_000)).toBe(0);
  });
});
