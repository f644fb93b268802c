import { describe, expect, it } from 'vitest';
import { csvOptionsForLocale, neutraliseFormula, toCsv } from './csv-writer.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
    ['+49 30 1234567', `'+49 30 1234567`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Anna = CEO', 'Anna = CEO'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('quotes, neutralises and ends lines with CRLF after a byte-order mark', () => {
    const csv = toCsv(['Name', 'Notes', 'Value'], [['Doe, Jane', 'said "hi"\nthen left', 1234.5], ['=cmd|calc', null, 0]]);
    expect(csv).toBe('\uFEFFName,Notes,Value\r\n"Doe, Jane","said ""hi""\nthen left",1234.5\r\n\'=cmd|calc,,0\r\n');
  });

  it('writes a German Excel file: semicolons, decimal comma, no quoting needed for the comma', () => {
    const csv = toCsv(['Firma', 'Wert'], [['Müller; Söhne', 1234.56]], { delimiter: ';', decimal: ',', bom: false });
    expect(csv).toBe('Firma;Wert\r\n"Müller; Söhne";1234,56\r\n');
  });

  it('quotes a neutralised cell that also holds the delimiter', () => {
    expect(toCsv(['a'], [['=1,2']], { bom: false })).toBe(`a\r\n"'=1,2"\r\n`);
  });
});

describe('csvOptionsForLocale', () => {
  it.each([
    ['de', 'Wert\r\n1234,5\r\n'],
    ['nl-NL', 'Wert\r\n1234,5\r\n'],
    ['en', 'Wert\r\n1234.5\r\n'],
  ])('writes numbers as a %s spreadsheet reads them', (locale, expected) => {
    expect(toCsv(['Wert'], [[1234.5]], { ...csvOptionsForLocale(locale), bom: false })).toBe(expected);
    expect(csvOptionsForLocale(locale).delimiter ?? ',').toBe(locale === 'en' ? ',' : ';');
  });
});
