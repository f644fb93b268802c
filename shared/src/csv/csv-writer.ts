/** A cell to write: text is neutralised against formulas, numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvWriteOptions {
  /** Default ",". German and Dutch Excel open ";" files directly. */
  delimiter?: ',' | ';' | '\t';
  /** Decimal separator for numbers. Default ".". */
  decimal?: '.' | ',';
  /** Start with a UTF-8 byte-order mark so Excel reads umlauts right. Default true. */
  bom?: boolean;
}

/** How a spreadsheet in this language reads CSV: German and Dutch Excel expect ";" and a decimal comma. */
export const csvOptionsForLocale = (locale: string): CsvWriteOptions => (/^(de|nl)\b/i.test(locale) ? { delimiter: ';', decimal: ',' } : {});

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with = + - @,
 * tab or carriage return gets a leading single quote, so a spreadsheet shows it instead of running it.
 * The cost: a phone number "+49 …" exports as "'+49 …"; our importer strips that quote again.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell, options: CsvWriteOptions): string {
  if (cell === null || cell === undefined) return '';
  const delimiter = options.delimiter ?? ',';
  const text =
    typeof cell === 'number'
      ? String(cell).replace('.', options.decimal ?? '.')
      : typeof cell === 'boolean'
        ? (cell ? 'yes' : 'no')
        : neutraliseFormula(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold the delimiter, quotes or line breaks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lines = [header, ...rows].map((cells) => cells.map((c) => field(c, options)).join(delimiter));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
