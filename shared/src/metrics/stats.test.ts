import { describe, expect, it } from 'vitest';
import { cents, mean, median, ratio } from './stats.ts';

describe('stats', () => {
  it.each([
    [[], null, null],
    [[4], 4, 4],
    [[1, 9, 2], 4, 2],
    [[10, 1, 3, 2], 4, 2.5],
  ])('mean and median of %j are %s and %s', (values, m, med) => {
    expect(mean(values)).toBe(m);
    expect(median(values)).toBe(med);
  });

  it('reports an unknown rate rather than 0 % when nothing happened', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
  });

  it('rounds money to cents', () => {
    expect(cents(1000 * 0.35)).toBe(350);
    expect(cents(0.1 + 0.2)).toBe(0.3);
  });
});
