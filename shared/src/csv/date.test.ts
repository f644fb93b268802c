import { describe, expect, it } from 'vitest';
import { monthFirst, parseCsvDate } from './date.ts';

const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

describe('parseCsvDate', () => {
  it.each([
    ['2026-03-31', undefined, '2026-03-31'],
    ['2026-03-31T14:30', undefined, '2026-03-31T14:30:00Z'],
    ['2026-03-31 14:30:15', undefined, '2026-03-31T14:30:15Z'],
    ['2026-03-31T14:30:00.250Z', undefined, '2026-03-31T14:30:00.250Z'],
    ['2026-03-31T14:30:00+02:00', undefined, '2026-03-31T12:30:00Z'],
    ['2026-03-31T14:30:00-0500', undefined, '2026-03-31T19:30:00Z'],
    ['31.03.2026', undefined, '2026-03-31'],
    ['1.4.2026', undefined, '2026-04-01'],
    ['31.03.2026 09:15', undefined, '2026-03-31T09:15:00Z'],
    ['31-03-2026', undefined, '2026-03-31'],
    ['03/31/2026', undefined, '2026-03-31'],
    ['31/03/2026', undefined, '2026-03-31'],
    ['04/04/2026', undefined, '2026-04-04'],
    ['03/04/2026', 'en-US', '2026-03-04'],
    ['03/04/2026', 'en-GB', '2026-04-03'],
    ['03/04/2026', 'nl', '2026-04-03'],
    ['29.02.2028', undefined, '2028-02-29'],
  ])('%j (locale %s) is %s', (text, locale, iso) => {
    expect(parseCsvDate(text, locale)).toEqual({ ok: true, value: utc(iso) });
  });

  it.each([
    ['', 'empty'],
    ['tomorrow', 'invalid'],
    ['31.02.2026', 'invalid'],
    ['29.02.2026', 'invalid'],
    ['2026-13-01', 'invalid'],
    ['31.03.26', 'invalid'],
    ['2026-03-31T25:00', 'invalid'],
    ['31.03-2026', 'invalid'],
    ['03/04/2026', 'ambiguous'],
    ['13/13/2026', 'invalid'],
  ])('%j is refused as %s', (text, code) => {
    const result = parseCsvDate(text);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

describe('monthFirst', () => {
  it.each([
    ['en-US', true],
    ['en-GB', false],
    ['de', false],
    ['nl', false],
  ])('%s writes the month first: %s', (locale, expected) => {
    expect(monthFirst(locale)).toBe(expected);
  });
});
