import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidv7, uuidv7Time } from './ids.ts';

describe('uuidv7', () => {
  it('makes valid version-7 UUIDs carrying their creation time', () => {
    const id = uuidv7(1_700_000_000_123);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect(uuidv7Time(id)).toBe(1_700_000_000_123);
  });

  it('sorts in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => uuidv7(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  it('gives every id random bits of its own, also across blocks of random bytes', () => {
    const tails = Array.from({ length: 1_000 }, (_, i) => uuidv7(1_700_000_000_000 + i * 1_000).slice(19));
    expect(new Set(tails).size).toBe(1_000);
  });
});
