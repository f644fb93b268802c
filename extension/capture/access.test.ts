import { describe, expect, it } from 'vitest';
import { captureErrorOf } from './access.ts';

describe('a capture that could not read its tab', () => {
  it('tells a page Pipeclip was not given from one no extension may read, in Chrome’s and Firefox’s words', () => {
    expect(captureErrorOf(new Error('Cannot access contents of url "https://example.com/". Extension manifest must request permission to access this host.'))).toBe('capture-not-allowed');
    expect(captureErrorOf(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'))).toBe('capture-not-allowed');
    expect(captureErrorOf(new Error('Missing host permission for the tab'))).toBe('capture-not-allowed');
    expect(captureErrorOf(new Error('Cannot access a chrome:// URL'))).toBe('capture-blocked');
    expect(captureErrorOf(new Error('The extensions gallery cannot be scripted.'))).toBe('capture-blocked');
    expect(captureErrorOf(new Error('Frame with ID 0 was removed.'))).toBe('capture-failed');
  });
});
