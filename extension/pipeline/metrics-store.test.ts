import { describe, expect, it } from 'vitest';
import { planningEntries, readQuotas, readSnapshots, restorePlanning, setQuota, snapshotForecast } from './metrics-store.ts';
import { freshDb } from './test-data.ts';

const DAY = 86_400_000;

describe('planning data in a backup', () => {
  it('goes into a backup and comes back on another device without rolling back what that device set', async () => {
    const laptop = freshDb();
    await setQuota(laptop, 'p1', 'EUR', '2026-11', 20_000);
    await setQuota(laptop, 'p1', 'EUR', '2026-12', 30_000);
    await snapshotForecast(laptop, 'p1', [{ period: '2026-12', weighted: 12_000 }], 'EUR', 10 * DAY);
    const entries = await planningEntries(laptop);
    expect(entries.map((e) => e.key).sort()).toEqual(['forecastSnapshots:p1', 'quotas:p1:EUR']);

    const desktop = freshDb();
    await setQuota(desktop, 'p1', 'EUR', '2026-12', 35_000);
    await snapshotForecast(desktop, 'p1', [{ period: '2026-12', weighted: 9_000 }], 'EUR', 11 * DAY);
    await restorePlanning(desktop, [...entries, { key: 'clientId', value: 'c-x' }]);
    expect(await readQuotas(desktop, 'p1', 'EUR')).toEqual({ '2026-11': 20_000, '2026-12': 35_000 });
    expect((await readSnapshots(desktop, 'p1')).map((s) => s.forecast)).toEqual([12_000, 9_000]);
    expect(await desktop.meta.get('clientId')).toBeUndefined();
    // Restoring the same backup twice adds nothing.
    await restorePlanning(desktop, entries);
    expect(await readSnapshots(desktop, 'p1')).toHaveLength(2);
  });

  it('snapshots months and quarters, each at most once a day', async () => {
    const db = freshDb();
    expect(await snapshotForecast(db, 'p1', [{ period: '2026-12', weighted: 5 }], 'EUR', 10 * DAY)).toBe(true);
    expect(await snapshotForecast(db, 'p1', [{ period: '2026-Q4', weighted: 9 }], 'EUR', 10 * DAY + 1000)).toBe(true);
    expect(await snapshotForecast(db, 'p1', [{ period: '2026-12', weighted: 6 }], 'EUR', 10 * DAY + 2000)).toBe(false);
    expect((await readSnapshots(db, 'p1')).map((s) => [s.period, s.forecast])).toEqual([['2026-12', 5], ['2026-Q4', 9]]);
  });
});
