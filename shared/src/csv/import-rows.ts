import { z } from 'zod';
import { uuidv7 } from '../ids.ts';
import type { Deal } from '../model/deal.ts';
import type { Pipeline } from '../model/pipeline.ts';
import { PersonSchema, type Person } from '../model/person.ts';
import { importDeal, type Cell } from './import-deal.ts';
import { normaliseUrl, splitList, unneutralise } from './import-values.ts';
import { MULTI_VALUED, type ColumnMapping, type ImportField } from './mapping.ts';
import type { CsvRow } from './parse-csv.ts';
import { parseOrReject, reject, Rejection, type RejectedRow } from './rejection.ts';

export interface ImportOptions {
  now: number;
  /** The pipeline new deals go into; a row without a stage starts in its first open stage. */
  pipeline: Pipeline;
  /** The file's language, to read "1.234" and "03/04/2026"; without one such cells are refused as ambiguous. */
  locale?: string;
  /** Currency of amounts that name none. Default EUR. */
  currency?: string;
  ownerId?: string;
  newId?: () => string;
  /**
   * Emails already imported, with their row: pass the same map to every call when a file is imported in parts,
   * so a duplicate in a later part is refused as it would be in one call. Filled as rows are imported.
   */
  seen?: Map<string, number>;
}

export interface ImportResult {
  people: Person[];
  /** Deals of rows that fill any deal column, linked to the row's person. */
  deals: Deal[];
  rejected: RejectedRow[];
}

const EMAIL = z.email();
const isEmail = (s: string) => EMAIL.safeParse(s).success;

/**
 * Turns parsed CSV rows into validated people (and deals) by a column mapping. Every row is imported whole
 * or rejected with its row number and a reason; a row whose email an earlier row already brought is a
 * duplicate. Rows with every mapped cell empty are skipped silently.
 */
export function importRows(rows: readonly CsvRow[], mapping: ColumnMapping, options: ImportOptions): ImportResult {
  const result: ImportResult = { people: [], deals: [], rejected: [] };
  const firstRowOf = options.seen ?? new Map<string, number>();
  const newId = options.newId ?? (() => uuidv7(options.now));
  // The columns of each field, found once rather than per cell of each row (10,000-row files are common).
  const columnsOf = new Map<ImportField, string[]>();
  for (const [column, field] of Object.entries(mapping)) columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  const mapped = Object.keys(mapping);
  for (const { row, values, overflow } of rows) {
    // Its cells no longer sit under their headers (an address written "Main St, Springfield" without quotes):
    // importing it would put the wrong values into the wrong fields.
    if (overflow) {
      result.rejected.push({ row, code: 'extraCells', value: overflow.join(' | '), message: `Row ${row} has more cells than the header row (“${overflow.join(' | ')}” left over): a value holding the delimiter needs quotes.` });
      continue;
    }
    const cells = (field: ImportField): Cell[] =>
      (columnsOf.get(field) ?? []).flatMap((column) => {
        const raw = (values[column] ?? '').trim();
        if (!raw) return [];
        const parts = MULTI_VALUED.has(field) ? splitList(raw, field) : [unneutralise(raw)];
        return parts.map((value) => ({ column, value }));
      });
    const one = (field: ImportField) => cells(field)[0];
    if (mapped.every((column) => !(values[column] ?? '').trim())) continue;
    try {
      const person = importPerson(row, cells, one, options, newId, firstRowOf);
      const deal = importDeal(
        { row, now: options.now, pipeline: options.pipeline, locale: options.locale, currency: options.currency ?? 'EUR', ownerId: options.ownerId, newId },
        person,
        one,
      );
      result.people.push(person);
      if (deal) result.deals.push(deal);
      for (const e of person.emails) firstRowOf.set(e, row);
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      result.rejected.push({ row, ...e.detail });
    }
  }
  return result;
}

function importPerson(
  row: number,
  cells: (f: ImportField) => Cell[],
  one: (f: ImportField) => Cell | undefined,
  options: ImportOptions,
  newId: () => string,
  firstRowOf: ReadonlyMap<string, number>,
): Person {
  const emails = cells('person.email').map((c) =>
    isEmail(c.value) ? c.value.toLowerCase() : reject('invalidEmail', `Row ${row}: “${c.value}” in “${c.column}” is not an email address.`, c),
  );
  const duplicate = emails.find((e) => firstRowOf.has(e));
  if (duplicate) reject('duplicateEmail', `Row ${row}: ${duplicate} was already imported from row ${firstRowOf.get(duplicate)}.`);
  const urls = cells('person.url').map(
    (c) => normaliseUrl(c.value) ?? reject('invalidUrl', `Row ${row}: “${c.value}” in “${c.column}” is not a web address.`, c),
  );
  const givenName = one('person.givenName')?.value;
  const familyName = one('person.familyName')?.value;
  const name = one('person.name')?.value ?? ([givenName, familyName].filter(Boolean).join(' ') || emails[0]);
  if (!name) reject('missingName', `Row ${row} has no name: map a name, first and last name, or email column.`);
  const address = {
    street: one('person.street')?.value,
    postcode: one('person.postcode')?.value,
    locality: one('person.locality')?.value,
    region: one('person.region')?.value,
    country: one('person.country')?.value,
  };
  return parseOrReject(row, PersonSchema, {
    id: newId(),
    createdAt: options.now,
    updatedAt: options.now,
    name,
    givenName,
    familyName,
    title: one('person.title')?.value,
    companyName: one('person.company')?.value,
    emails,
    phones: cells('person.phone').map((c) => c.value),
    urls,
    address: Object.values(address).some(Boolean) ? address : undefined,
    source: { kind: 'import', capturedAt: options.now },
    ownerId: options.ownerId,
    tags: cells('person.tags').map((c) => c.value),
  });
}
