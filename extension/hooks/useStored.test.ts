import { describe, expect, it } from 'vitest';
import { follow, type Watchable } from './useStored.ts';

/** A storage item whose first read the test answers by hand, after or before a change from another context. */
function item<T>(stored: T) {
  const listeners = new Set<(value: T) => void>();
  let answer!: (value: T) => void;
  const watchable: Watchable<T> = {
    get: () => new Promise<T>((resolve) => (answer = resolve)),
    watch(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return { watchable, answerRead: () => answer(stored), change: (value: T) => listeners.forEach((cb) => cb(value)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('follow (a side panel view of the capture state)', () => {
  it('shows a capture that finished while the view was still reading the older state', async () => {
    const capture = item('running');
    const seen: string[] = [];
    follow(capture.watchable, (v) => seen.push(v));
    capture.change('done');
    capture.answerRead();
    await settle();
    expect(seen.at(-1)).toBe('done');
  });

  it('shows the stored state when nothing changes, then each change', async () => {
    const capture = item('done');
    const seen: string[] = [];
    follow(capture.watchable, (v) => seen.push(v));
    capture.answerRead();
    await settle();
    capture.change('running');
    expect(seen).toEqual(['done', 'running']);
  });

  it('stops when the view goes', async () => {
    const capture = item('done');
    const seen: string[] = [];
    follow(capture.watchable, (v) => seen.push(v))();
    capture.answerRead();
    capture.change('running');
    await settle();
    expect(seen).toEqual([]);
  });
});
