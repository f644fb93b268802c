import { describe, expect, it } from 'vitest';
import { HybridClock, MAX_DRIFT_MS, StampClamp, clampHlc, formatHlc, parseHlc } from './hlc.ts';

describe('HybridClock', () => {
  it('is monotonic even when the wall clock stands still or goes back', () => {
    let wall = 1_000;
    const clock = new HybridClock('a', () => wall);
    const stamps = [clock.now(), clock.now()];
    wall = 900;
    stamps.push(clock.now());
    wall = 2_000;
    stamps.push(clock.now());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(4);
  });

  it('orders local events after a received remote stamp', () => {
    const clock = new HybridClock('a', () => 1_000);
    const remote = formatHlc({ ms: 5_000, counter: 3, node: 'b' });
    const merged = clock.receive(remote);
    expect(merged > remote).toBe(true);
    expect(clock.now() > merged).toBe(true);
  });

  it('clamps remote stamps too far in the future', () => {
    const now = 10_000_000;
    const clock = new HybridClock('a', () => now);
    const liar = formatHlc({ ms: now + 10 * 3600_000, counter: 0, node: 'b' });
    const merged = parseHlc(clock.receive(liar));
    expect(merged.ms).toBe(now + MAX_DRIFT_MS);
  });

  it.each([
    ['within drift', 1_000, 1_000],
    ['far ahead', 1_000 + MAX_DRIFT_MS + 1, 1_000 + MAX_DRIFT_MS],
  ])('clampHlc %s', (_label, ms, expected) => {
    expect(parseHlc(clampHlc(formatHlc({ ms, counter: 0, node: 'x' }), 1_000)).ms).toBe(expected);
  });

  it('sorts stamps as strings in clock order', () => {
    const a = formatHlc({ ms: 99, counter: 35, node: 'z' });
    const b = formatHlc({ ms: 100, counter: 0, node: 'a' });
    expect(a < b).toBe(true);
  });

  it('rejects malformed stamps', () => {
    expect(() => parseHlc('12:ab:c')).toThrow(/Not a clock stamp/);
  });
});

describe('StampClamp', () => {
  it('keeps two clamped writes of one node in the order they were applied', () => {
    const clamp = new StampClamp();
    const now = 1_000_000;
    const first = clamp.clamp(formatHlc({ ms: now + 3 * 3600_000, counter: 0, node: 'fast' }), now);
    const second = clamp.clamp(formatHlc({ ms: now + 3 * 3600_000 + 1, counter: 0, node: 'fast' }), now);
    expect(parseHlc(first).ms).toBe(now + MAX_DRIFT_MS);
    expect(second > first).toBe(true);
    expect(parseHlc(second).node).toBe('fast');
  });

  it('leaves stamps within the drift alone', () => {
    const stamp = formatHlc({ ms: 1_000, counter: 4, node: 'n' });
    expect(new StampClamp().clamp(stamp, 1_000)).toBe(stamp);
  });
});
