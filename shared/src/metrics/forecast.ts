import { rowsOf, type CounterRow } from './counters.ts';
import type { DealSet } from './deal-facts.ts';
import { monthKey, monthsOf, periodOf, quarterKey } from './period.ts';
import { cents } from './stats.ts';

/** Open deals expected to close in a period, three ways, plus what was already won in it. */
export interface ForecastBucket {
  /** Number of open deals expected to close in the period. */
  deals: number;
  /** Σ value × probability: the forecast. */
  weighted: number;
  /** Σ value of open deals with probability ≥ 0.7, unweighted. */
  commit: number;
  /** Σ value of all open deals, unweighted. */
  bestCase: number;
  /** Σ value of deals already won in the period (not part of the three above). */
  won: number;
}

/** A forecast per period key, plus the open deals no period can hold. */
export interface Forecast {
  periods: ({ period: string } & ForecastBucket)[];
  /** Open deals whose expected close month is already over: they need a new date, not a forecast. */
  overdue: ForecastBucket;
  /** Open deals without an expected close date. */
  unscheduled: ForecastBucket;
}

const empty = (): ForecastBucket => ({ deals: 0, weighted: 0, commit: 0, bestCase: 0, won: 0 });

function add(b: ForecastBucket, r: CounterRow): void {
  if (r.status === 'won') b.won += r.value;
  if (r.status !== 'open') return;
  b.deals += r.count;
  b.weighted += r.weighted;
  b.commit += r.commit;
  b.bestCase += r.value;
}

const rounded = (b: ForecastBucket): ForecastBucket => ({
  deals: b.deals,
  weighted: cents(b.weighted),
  commit: cents(b.commit),
  bestCase: cents(b.bestCase),
  won: cents(b.won),
});

/** Forecast for each period key (`2026-11`, `2026-Q4`) from counter rows of one pipeline and currency. */
export function forecastFromRows(rows: readonly CounterRow[], periodKeys: readonly string[], now: number): Forecast {
  const thisMonth = monthKey(now);
  const overdue = empty();
  const unscheduled = empty();
  const byMonth = new Map<string, ForecastBucket>();
  for (const r of rows) {
    if (r.status === 'lost') continue;
    if (r.closeMonth === null) add(unscheduled, r);
    else if (r.status === 'open' && r.closeMonth < thisMonth) add(overdue, r);
    else {
      const b = byMonth.get(r.closeMonth) ?? empty();
      add(b, r);
      byMonth.set(r.closeMonth, b);
    }
  }
  const periods = periodKeys.map((period) => {
    const total = empty();
    for (const m of monthsOf(periodOf(period))) {
      const b = byMonth.get(m);
      if (b) for (const k of Object.keys(total) as (keyof ForecastBucket)[]) total[k] += b[k];
    }
    return { period, ...rounded(total) };
  });
  return { periods, overdue: rounded(overdue), unscheduled: rounded(unscheduled) };
}

/** Forecast per period for a deal set: weighted, commit, best case and already won. */
export function forecast(set: DealSet, periodKeys: readonly string[], now: number): Forecast {
  return forecastFromRows(rowsOf(set), periodKeys, now);
}

/** The keys of `count` consecutive months or quarters starting with the one containing `now`. */
export function nextPeriods(now: number, unit: 'month' | 'quarter', count: number): string[] {
  const d = new Date(now);
  const step = unit === 'month' ? 1 : 3;
  const first = unit === 'month' ? d.getUTCMonth() : Math.floor(d.getUTCMonth() / 3) * 3;
  return Array.from({ length: count }, (_, i) => {
    const ms = Date.UTC(d.getUTCFullYear(), first + i * step, 1);
    return unit === 'month' ? monthKey(ms) : quarterKey(ms);
  });
}
