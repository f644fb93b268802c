import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverSettings } from '../sync/settings.ts';
import { refreshMembers } from './members-fetch.ts';
import { ownerLabel, parseDirectory, readMembers, type MemberDirectory } from './members.ts';
import { freshDb } from './test-data.ts';

const ANNA = '01900000-0000-7000-8000-00000000a001';
const BEN = '01900000-0000-7000-8000-00000000b002';
const GONE = '01900000-0000-7000-8000-00000000c003';
const directory: MemberDirectory = { members: [{ id: ANNA, name: 'Anna Berg', role: 'rep' }, { id: BEN, name: 'Ben Vos', role: 'manager' }], meId: ANNA, fetchedAt: 1 };
const words = { unassigned: 'Unassigned', me: (n: string) => `${n} (you)`, unknown: (id: string) => `Member ${id}` };

describe('owner names', () => {
  it.each([
    ['a teammate', BEN, 'Ben Vos'],
    ['the rep themself', ANNA, 'Anna Berg (you)'],
    ['a member the directory does not know', GONE, 'Member 01900000'],
    ['no owner', undefined, 'Unassigned'],
  ])('shows %s by name or a clear fallback', (_what, id, shown) => {
    expect(ownerLabel(directory, id, words)).toBe(shown);
  });

  it('falls back to the short id before any directory was fetched', () => {
    expect(ownerLabel(undefined, BEN, words)).toBe('Member 01900000');
  });

  it('reads a malformed stored directory as none, and drops malformed members', () => {
    expect(parseDirectory('nope')).toBeUndefined();
    expect(parseDirectory({ members: 'x', fetchedAt: 1 })).toBeUndefined();
    expect(parseDirectory({ members: [{ id: BEN, name: 'Ben Vos', role: 'rep' }, { id: 3 }], fetchedAt: 1 })?.members).toHaveLength(1);
  });
});

describe('refreshing the member directory', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await serverSettings.set(null);
  });

  it('stores the team server’s members, so names show offline afterwards', async () => {
    const db = freshDb();
    await serverSettings.set({ url: 'http://127.0.0.1:9/', token: 'token-0123456789', teamName: 'Team', memberName: 'Anna Berg', role: 'rep' });
    const fetch = vi.fn(async (url: URL) => {
      expect(url.pathname).toBe('/v1/team');
      return Response.json({ team: { id: 't', name: 'Team' }, me: { id: ANNA, role: 'rep' }, members: directory.members });
    });
    vi.stubGlobal('fetch', fetch);
    expect(await refreshMembers(db, undefined, 5)).toBe(true);
    const stored = await readMembers(db);
    expect(ownerLabel(stored, BEN, words)).toBe('Ben Vos');
    expect(ownerLabel(stored, ANNA, words)).toBe('Anna Berg (you)');

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await refreshMembers(db)).toBe(false);
    expect(ownerLabel(await readMembers(db), BEN, words)).toBe('Ben Vos');
  });

  it('does nothing without a team server', async () => {
    const db = freshDb();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await refreshMembers(db)).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    expect(await readMembers(db)).toBeUndefined();
  });
});
