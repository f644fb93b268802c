import { describe, expect, it } from 'vitest';
import { decimalSeparator, parseAmount } from './amount.ts';

describe('parseAmount', () => {
  it.each([
    ['1.234,56 €', undefined, 1234.56, 'EUR'],
    ['€1,234.56', undefined, 1234.56, 'EUR'],
    ['1 234,56', undefined, 1234.56, undefined],
    ['1\u00A0234,56\u00A0€', undefined, 1234.56, 'EUR'],
    ["CHF 1'234.50", undefined, 1234.5, 'CHF'],
    ['1’234.50 CHF', undefined, 1234.5, 'CHF'],
    ['$12.5', undefined, 12.5, 'USD'],
    ['US$ 1,000,000', undefined, 1_000_000, 'USD'],
    ['12,5', undefined, 12.5, undefined],
    ['0,125', undefined, 0.125, undefined],
    ['1.234.567', undefined, 1_234_567, undefined],
    ['1234', undefined, 1234, undefined],
    ['-12,50 EUR', undefined, -12.5, 'EUR'],
    ['€ -1.000,00', undefined, -1000, 'EUR'],
    ['eur 99', undefined, 99, 'EUR'],
    ['EUR1.234,56', undefined, 1234.56, 'EUR'],
    ['1.234,56EUR', undefined, 1234.56, 'EUR'],
    ['£7', undefined, 7, 'GBP'],
    ['1.234', 'de', 1234, undefined],
    ['1.234', 'en-US', 1.234, undefined],
    ['1,234', 'nl', 1.234, undefined],
    ['1,234', 'en', 1234, undefined],
  ])('%j (locale %s) is %d %s', (text, locale, value, currency) => {
    expect(parseAmount(text, locale)).toEqual({ ok: true, value, ...(currency ? { currency } : {}) });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['12.5k', 'invalid'],
    ['1,23,456', 'invalid'],
    ['1.234,56.78', 'invalid'],
    ['1.234 567', 'invalid'],
    ['12,', 'invalid'],
    ['€', 'invalid'],
    ['1.234', 'ambiguous'],
    ['1,234', 'ambiguous'],
    ['XYZ 12', 'unknownCurrency'],
    ['12 EURO', 'invalid'],
  ])('%j is refused as %s', (text, code) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('decimalSeparator', () => {
  it.each([
    ['en', '.'],
    ['de', ','],
    ['nl', ','],
    ['de-CH', '.'],
  ])('%s uses %j', (locale, sep) => {
    expect(decimalSeparator(locale)).toBe(sep);
  });
});
