import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc.ts';
import { mergeFields, tombstone } from './merge.ts';

const at = (ms: number, node: string) => formatHlc({ ms, counter: 0, node });

describe('mergeFields', () => {
  it('takes the later write per field and keeps the loser in the conflict log', () => {
    const first = mergeFields(undefined, { title: 'Alpha', value: 10 }, at(1, 'a'));
    const second = mergeFields(first, { title: 'Beta' }, at(2, 'b'));
    expect(second.data).toEqual({ title: 'Beta', value: 10 });
    expect(second.lost).toEqual([{ field: 'title', value: 'Alpha', stamp: at(1, 'a'), winningStamp: at(2, 'b') }]);
  });

  it('ignores an older write but records it as lost', () => {
    const current = mergeFields(undefined, { title: 'New' }, at(5, 'a'));
    const late = mergeFields(current, { title: 'Old' }, at(3, 'b'));
    expect(late.data.title).toBe('New');
    expect(late.changed).toBe(false);
    expect(late.lost[0]?.value).toBe('Old');
  });

  it('converges whatever order two writes arrive in', () => {
    const w1 = [{ title: 'X', value: 1 }, at(10, 'a')] as const;
    const w2 = [{ title: 'Y' }, at(11, 'b')] as const;
    const ab = mergeFields(mergeFields(undefined, ...w1), ...w2);
    const ba = mergeFields(mergeFields(undefined, ...w2), ...w1);
    expect(ab.data).toEqual(ba.data);
    expect(ab.stamps).toEqual(ba.stamps);
  });

  it('is idempotent: a replayed write changes nothing', () => {
    const once = mergeFields(undefined, { title: 'X' }, at(1, 'a'));
    const twice = mergeFields(once, { title: 'X' }, at(1, 'a'));
    expect(twice.changed).toBe(false);
    expect(twice.data).toEqual(once.data);
  });

  it('keeps a deleted record deleted and its data erased', () => {
    const rec = mergeFields(undefined, { name: 'Jane' }, at(1, 'a'));
    const gone = tombstone(rec, at(2, 'a'));
    expect(gone.data).toEqual({});
    const after = mergeFields(gone, { name: 'Jane again' }, at(3, 'b'));
    expect(after.deleted).toBe(true);
    expect(after.data).toEqual({});
  });
});
