import Papa from 'papaparse';

/** One data record of a CSV file, with the row number a spreadsheet shows for it (the header is row 1). */
export interface CsvRow {
  row: number;
  values: Record<string, string>;
  /** Non-blank cells beyond the header's columns: a value with an unquoted delimiter shifted the row. */
  overflow?: string[];
}

/** What went wrong reading a file: papaparse's codes, narrowed to the ones a person can act on. */
export type CsvProblem = 'quotes' | 'delimiter' | 'fields' | 'other';

const PROBLEMS: Record<string, CsvProblem> = { MissingQuotes: 'quotes', InvalidQuotes: 'quotes', UndetectableDelimiter: 'delimiter', TooFewFields: 'fields', TooManyFields: 'fields' };

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  /** Problems papaparse reported (an unclosed quote, a row with too many fields…), by row number. */
  errors: { row: number; code: CsvProblem; message: string }[];
}

/**
 * Parses CSV text whose first non-empty row is the header. The delimiter (",", ";", tab…) is detected, a
 * byte-order mark dropped, blank rows skipped without shifting row numbers, and duplicate or blank header
 * names made unique ("Email", "Email (2)", "Column 3").
 */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const blank = (record: string[]) => record.every((cell) => cell.trim() === '');
  const headerIndex = result.data.findIndex((record) => !blank(record));
  const errors = result.errors.map((e) => ({ row: (e.row ?? 0) + 1, code: PROBLEMS[e.code] ?? 'other', message: e.message }));
  if (headerIndex < 0) return { headers: [], rows: [], errors };

  const seen = new Map<string, number>();
  const headers = result.data[headerIndex]!.map((raw, i) => {
    const name = raw.trim() || `Column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
  const rows: CsvRow[] = [];
  result.data.forEach((record, index) => {
    if (index <= headerIndex || blank(record)) return;
    const values: Record<string, string> = {};
    headers.forEach((h, i) => (values[h] = record[i] ?? ''));
    const overflow = record.slice(headers.length).filter((cell) => cell.trim() !== '');
    rows.push({ row: index + 1, values, ...(overflow.length ? { overflow } : {}) });
  });
  return { headers, rows, errors };
}
