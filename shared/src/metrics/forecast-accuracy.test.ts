import { describe, expect, it } from 'vitest';
import { selectDeals } from './deal-facts.ts';
import { accuracyOf, forecastAccuracy, ForecastSnapshotSchema, wonByPeriod, type ForecastSnapshot } from './forecast-accuracy.ts';
import { at, deal, pipeline } from './test-fixtures.ts';

describe('accuracyOf', () => {
  it.each([
    [90_000, 100_000, 0.9],
    [120_000, 100_000, 0.8],
    [100_000, 100_000, 1],
    [250_000, 100_000, 0],
    [0, 0, 1],
    [5_000, 0, 0],
    [0, 10_000, 0],
  ])('forecast %i against %i won scores %d', (forecast, actual, accuracy) => {
    expect(accuracyOf(forecast, actual)).toBeCloseTo(accuracy, 10);
  });
});

describe('forecast accuracy worked example', () => {
  const snap = (period: string, takenAt: string, forecast: number, currency = 'EUR'): ForecastSnapshot =>
    ForecastSnapshotSchema.parse({ period, takenAt: at(takenAt), forecast, currency });
  const snapshots = [
    snap('2026-Q1', '2026-01-01', 90_000),
    snap('2026-Q2', '2026-04-01', 120_000),
    snap('2026-Q2', '2026-07-02', 100_000),
    snap('2026-Q3', '2026-07-01', 50_000),
    snap('2026-Q1', '2026-01-01', 1_000, 'USD'),
  ];
  const actual = { '2026-Q1': 100_000, '2026-Q2': 100_000, '2026-Q3': 40_000 };

  it('judges forecasts of finished periods made before the period ended', () => {
    const { results, mean } = forecastAccuracy(snapshots, actual, 'EUR', at('2026-08-01'));
    expect(results.map((r) => [r.snapshot.period, r.error, r.accuracy])).toEqual([
      ['2026-Q1', -10_000, 0.9],
      ['2026-Q2', 20_000, 0.8],
    ]);
    expect(mean).toBeCloseTo(0.85, 10);
  });

  it('has no mean before any period is over', () => {
    expect(forecastAccuracy(snapshots, actual, 'EUR', at('2026-03-31')).mean).toBeNull();
  });

  it('refuses a snapshot with a malformed period', () => {
    expect(ForecastSnapshotSchema.safeParse({ period: '2026-Q5', takenAt: 0, forecast: 1, currency: 'EUR' }).success).toBe(false);
  });

  it('reads the actual won value per period from the deals', () => {
    const set = selectDeals(
      [
        deal({ status: 'won', value: 60_000, closedAt: at('2026-02-01') }),
        deal({ status: 'won', value: 40_000, closedAt: at('2026-03-31T23:59') }),
        deal({ status: 'won', value: 7_000, closedAt: at('2026-04-01') }),
        deal({ status: 'lost', value: 9_000, closedAt: at('2026-02-01') }),
      ],
      { pipeline, currency: 'EUR' },
    );
    expect(wonByPeriod(set, ['2026-Q1', '2026-04'])).toEqual({ '2026-Q1': 100_000, '2026-04': 7_000 });
  });
});
