import { z } from 'zod';

export type RejectCode =
  | 'missingName'
  | 'invalidEmail'
  | 'invalidUrl'
  | 'invalidAmount'
  | 'ambiguousAmount'
  | 'unknownCurrency'
  | 'currencyMismatch'
  | 'unknownStage'
  | 'invalidProbability'
  | 'invalidDate'
  | 'duplicateEmail'
  | 'extraCells'
  | 'invalid';

/** A row left out, with the spreadsheet row number and why, as a code and as an English sentence. */
export interface RejectedRow {
  row: number;
  code: RejectCode;
  column?: string;
  value?: string;
  message: string;
}

/** Thrown inside one row's import and caught by the row loop: an expected failure, not a bug. */
export class Rejection extends Error {
  constructor(readonly detail: Omit<RejectedRow, 'row'>) {
    super(detail.message);
  }
}

/** Rejects the current row; `cell` names the column and value at fault. */
export function reject(code: RejectCode, message: string, cell?: { column: string; value: string }): never {
  throw new Rejection({ code, message, ...(cell ? { column: cell.column, value: cell.value } : {}) });
}

/**
 * Parses with a schema, rejecting the row with the first issue when it does not fit. Fields left undefined
 * are dropped first, so records carry no empty keys.
 */
export function parseOrReject<S extends z.ZodType>(row: number, schema: S, input: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  return reject('invalid', `Row ${row}: ${issue.path.join('.') || 'record'} ${issue.message}.`);
}
