import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal.ts';
import { PipelineSchema, type Pipeline } from '../model/pipeline.ts';
import { contributionDelta, dealContribution, sumCounters, type CounterRow } from './counters.ts';
import { selectDeals } from './deal-facts.ts';
import { forecast } from './forecast.ts';
import { funnel, openDealCount, pipelineValue, weightedPipelineValue } from './pipeline-value.ts';
import { periodOf } from './period.ts';
import { summarizeCounters, summarizeDeals, type SummaryOptions } from './summary.ts';
import { at, deal, pipeline } from './test-fixtures.ts';
import { salesVelocity } from './velocity.ts';
import { averageWonDealSize, salesCycleLength, winRate } from './won-deals.ts';

const other: Pipeline = PipelineSchema.parse({ ...pipeline, id: '00000000-0000-4000-8000-bbbbbbbbbbbb', name: 'Other' });
const pipelines = new Map([pipeline, other].map((p) => [p.id, p]));
const owners = [undefined, '00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];
const stageIds = ['lead', 'contact', 'qualification', 'demo', 'proposal', 'won', 'lost', 'gone'];

/** mulberry32: a small seeded generator, so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  // A third of the instants fall within two hours of a boundary of the look-back or of `now`'s month, where
  // exact and monthly filters could differ.
  const edges = [at('2025-10-01'), at('2026-03-01'), at('2026-04-01'), at('2026-07-01')];
  const time = () =>
    next() < 0.33
      ? pick(edges) + Math.floor((next() - 0.5) * 4 * 3_600_000)
      : at('2025-06-01') + Math.floor(next() * 600 * 86_400_000);
  return { next, pick, time };
}

function randomDeal(r: ReturnType<typeof random>, id?: string): Deal {
  const created = r.time();
  return deal({
    ...(id ? { id } : {}),
    createdAt: created,
    updatedAt: created + 1000,
    pipelineId: r.pick([pipeline.id, pipeline.id, other.id]),
    currency: r.pick(['EUR', 'EUR', 'EUR', 'USD']),
    ownerId: r.pick(owners),
    stageId: r.pick(stageIds),
    status: r.pick(['open', 'open', 'open', 'won', 'lost'] as const),
    value: Math.round(r.next() * 5_000_000) / 100,
    probability: r.next() < 0.3 ? Math.round(r.next() * 100) / 100 : undefined,
    expectedCloseAt: r.next() < 0.8 ? r.time() : undefined,
    closedAt: r.next() < 0.7 ? Math.max(created, r.time()) : undefined,
    deletedAt: r.next() < 0.1 ? r.time() : undefined,
    stageHistory: r.next() < 0.5 ? [{ stageId: r.pick(stageIds), enteredAt: created + 5_000 }] : [],
  });
}

const opts: SummaryOptions = {
  pipeline,
  currency: 'EUR',
  now: at('2026-03-10'),
  period: { from: at('2025-10-01'), to: at('2026-04-01') },
  forecastPeriods: ['2026-03', '2026-04', '2026-Q2', '2026-Q3', '2027-Q1'],
};

const contributions = (deals: readonly Deal[]): CounterRow[] =>
  sumCounters(deals.flatMap((d) => dealContribution(d, pipelines.get(d.pipelineId))));

/** Rounds every number to 6 decimals so float summation order does not matter. */
const approx = (x: unknown): unknown =>
  typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : Array.isArray(x) ? x.map(approx)
  : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, approx(v)])) : x;

describe('team counters agree with the batch metrics', () => {
  it.each([1, 2, 3, 42, 2026])('over 400 random deals (seed %i)', (seed) => {
    const r = random(seed);
    const deals = Array.from({ length: 400 }, () => randomDeal(r));
    const fromCounters = summarizeCounters(contributions(deals), opts);
    const set = selectDeals(deals, opts);

    expect(fromCounters.open.count).toBe(openDealCount(set));
    expect(fromCounters.open.value).toBeCloseTo(pipelineValue(set), 6);
    expect(fromCounters.open.weighted).toBeCloseTo(weightedPipelineValue(set), 6);
    expect(approx(fromCounters.funnel)).toEqual(approx(funnel(set)));
    expect(fromCounters.winRate).toEqual(winRate(set, opts.period));
    expect(fromCounters.won.averageDealSize).toBeCloseTo(averageWonDealSize(set, opts.period)!, 6);
    expect(fromCounters.won.averageCycleDays).toBeCloseTo(salesCycleLength(set, opts.period)!, 6);
    expect(approx(fromCounters.velocity)).toEqual(approx(salesVelocity(set, opts.period)));
    expect(approx(fromCounters.forecast)).toEqual(approx(forecast(set, opts.forecastPeriods, opts.now)));
    expect(fromCounters.ignored.otherCurrency).toBe(set.ignored.otherCurrency);
    expect(approx(summarizeDeals(deals, opts))).toEqual(approx({ ...fromCounters, ignored: set.ignored }));
  });

  it('stay equal to a recount when maintained edit by edit', () => {
    const r = random(7);
    const live = new Map<string, Deal>();
    let counters: CounterRow[] = [];
    for (let step = 0; step < 1_000; step++) {
      const ids = [...live.keys()];
      const id = ids.length && r.next() < 0.7 ? r.pick(ids) : `00000000-0000-4000-9000-${String(step).padStart(12, '0')}`;
      const before = live.get(id);
      const after = r.next() < 0.1 ? undefined : randomDeal(r, id);
      const side = (d: Deal | undefined) => d && { deal: d, pipeline: pipelines.get(d.pipelineId) };
      counters = sumCounters([...counters, ...contributionDelta(side(before), side(after))]);
      if (after) live.set(id, after);
      else live.delete(id);
    }
    expect(approx(counters.sort(byKey))).toEqual(approx(contributions([...live.values()]).sort(byKey)));
    expect(counters.length).toBeGreaterThan(50);
  });

  it('refuses a look-back that does not start on a month boundary', () => {
    expect(() => summarizeCounters([], { ...opts, period: { from: at('2026-01-15'), to: at('2026-04-01') } })).toThrow(RangeError);
    expect(summarizeCounters([], { ...opts, period: periodOf('2026-Q1') }).winRate.rate).toBeNull();
  });
});

const byKey = (a: CounterRow, b: CounterRow) => JSON.stringify(a).localeCompare(JSON.stringify(b));
