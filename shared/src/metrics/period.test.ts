import { describe, expect, it } from 'vitest';
import { monthKey, monthsOf, periodOf, quarterKey } from './period.ts';
import { at } from './test-fixtures.ts';

describe('period keys', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-12-01'],
    ['2026-12', '2026-12-01', '2027-01-01'],
    ['2026-Q1', '2026-01-01', '2026-04-01'],
    ['2026-Q4', '2026-10-01', '2027-01-01'],
  ])('%s covers [%s, %s)', (key, from, to) => {
    expect(periodOf(key)).toEqual({ from: at(from), to: at(to) });
  });

  it.each(['2026-13', '2026-Q5', '26-01', ''])('refuses the malformed key %j', (key) => {
    expect(() => periodOf(key)).toThrow();
  });

  it.each([
    ['2026-03-31T23:59:59', '2026-03', '2026-Q1'],
    ['2026-04-01', '2026-04', '2026-Q2'],
    ['2026-12-31T12:00', '2026-12', '2026-Q4'],
  ])('puts %s in month %s and quarter %s (UTC)', (iso, month, quarter) => {
    expect(monthKey(at(iso))).toBe(month);
    expect(quarterKey(at(iso))).toBe(quarter);
  });

  it('lists the months of an aligned period and refuses an unaligned one', () => {
    expect(monthsOf(periodOf('2026-Q4'))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf({ from: at('2025-12-01'), to: at('2026-02-01') })).toEqual(['2025-12', '2026-01']);
    expect(() => monthsOf({ from: at('2026-01-15'), to: at('2026-02-01') })).toThrow(RangeError);
  });
});
