import { describe, expect, it } from 'vitest';
import { formatHlc, uuidv7 } from '@pipeclip/shared';
import { freshDb } from '../pipeline/test-data.ts';
import { applyPull } from './apply-pull.ts';

const row = (name: string, version: number) => {
  const now = Date.now();
  const stamp = formatHlc({ ms: now, counter: version, node: 'node-x' });
  const data = { name, emails: [], phones: [], urls: [], tags: [], shared: false, source: { kind: 'manual', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: now, updatedAt: now };
  return { collection: 'people' as const, id: uuidv7(), version, deleted: false, data, stamps: Object.fromEntries(Object.keys(data).map((k) => [k, stamp])) };
};

describe('applying a pulled page', () => {
  it('refuses a page requested from an older cookie than the one stored meanwhile, so the cookie never goes back', async () => {
    const db = freshDb();
    expect(await applyPull(db, { cookie: 7, lastMutationId: 0, more: false, lost: [], rows: [row('Newer', 7)] }, 0)).toBe(true);
    // A second context's long poll, started at cookie 0, answers late with an older view.
    expect(await applyPull(db, { cookie: 5, lastMutationId: 0, more: false, lost: [], rows: [row('Stale', 5)] }, 0)).toBe(false);
    expect((await db.meta.get('cookie'))?.value).toBe(7);
    expect((await db.people.toArray()).map((p) => p.name)).toEqual(['Newer']);
  });
});
