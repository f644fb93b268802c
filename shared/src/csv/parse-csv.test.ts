import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('detects a semicolon export from German Excel and keeps spreadsheet row numbers', () => {
    const csv = '\uFEFFName;E-Mail;Wert\r\nAnna Muster;anna@muster.de;"1.234,56 €"\r\n;;\r\n\r\nJan Jansen;jan@example.nl;500\r\n';
    const parsed = parseCsv(csv);
    expect(parsed.headers).toEqual(['Name', 'E-Mail', 'Wert']);
    expect(parsed.rows).toEqual([
      { row: 2, values: { Name: 'Anna Muster', 'E-Mail': 'anna@muster.de', Wert: '1.234,56 €' } },
      { row: 5, values: { Name: 'Jan Jansen', 'E-Mail': 'jan@example.nl', Wert: '500' } },
    ]);
  });

  it('keeps quoted commas and line breaks inside a cell', () => {
    const parsed = parseCsv('Name,Notes\n"Doe, Jane","line one\nline two"\n');
    expect(parsed.rows[0]?.values).toEqual({ Name: 'Doe, Jane', Notes: 'line one\nline two' });
  });

  it('makes duplicate and blank headers unique', () => {
    expect(parseCsv('Email,Email,,Name\na,b,c,d').headers).toEqual(['Email', 'Email (2)', 'Column 3', 'Name']);
  });

  it('reports malformed rows by number, with a problem a person can act on', () => {
    const parsed = parseCsv('Name,Email\n"Unclosed,x\n');
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0]).toMatchObject({ row: 2, code: 'quotes' });
  });

  it('returns nothing for an empty file', () => {
    expect(parseCsv('\n\n')).toMatchObject({ headers: [], rows: [] });
  });
});
