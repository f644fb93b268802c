import { DealSchema, type Deal } from '../model/deal.ts';
import type { Pipeline } from '../model/pipeline.ts';
import type { Person } from '../model/person.ts';
import { currencyCode, parseAmount } from './amount.ts';
import { parseCsvDate } from './date.ts';
import { findStage, parseProbability } from './import-values.ts';
import type { ImportField } from './mapping.ts';
import { parseOrReject, reject } from './rejection.ts';

export type Cell = { column: string; value: string };

export interface DealImportContext {
  row: number;
  now: number;
  pipeline: Pipeline;
  locale: string | undefined;
  currency: string;
  ownerId: string | undefined;
  newId: () => string;
}

const DEAL_FIELDS = ['deal.title', 'deal.value', 'deal.currency', 'deal.stage', 'deal.probability', 'deal.expectedCloseAt', 'deal.createdAt', 'deal.closedAt', 'deal.lostReason'] as const;

/** The deal a row describes, or undefined when it fills no deal column; rejects the row on a bad cell. */
export function importDeal(ctx: DealImportContext, person: Person, one: (f: ImportField) => Cell | undefined): Deal | undefined {
  const cells = DEAL_FIELDS.map(one);
  const [title, amount, currencyCell, stageCell, probabilityCell, closeCell, createdCell, closedCell, lostCell] = cells;
  if (cells.every((c) => !c)) return undefined;
  const { row } = ctx;
  const at = (c: Cell) => `“${c.value}” in “${c.column}”`;

  let currency = currencyCell && currencyCode(currencyCell.value);
  if (currencyCell && !currency) reject('unknownCurrency', `Row ${row}: ${at(currencyCell)} is not a currency.`, currencyCell);
  let value = 0;
  if (amount) {
    const parsed = parseAmount(amount.value, ctx.locale);
    if (!parsed.ok && parsed.error.code === 'ambiguous') {
      reject('ambiguousAmount', `Row ${row}: ${at(amount)} could be read two ways; choose the file’s language.`, amount);
    }
    if (!parsed.ok) return reject('invalidAmount', `Row ${row}: ${at(amount)} is not an amount.`, amount);
    if (parsed.value < 0) reject('invalidAmount', `Row ${row}: ${at(amount)} is negative.`, amount);
    if (parsed.currency && currency && parsed.currency !== currency) {
      reject('currencyMismatch', `Row ${row}: ${at(amount)} is not in ${currency}.`, amount);
    }
    value = parsed.value;
    currency ??= parsed.currency;
  }
  const stage = stageCell ? findStage(ctx.pipeline, stageCell.value) : ctx.pipeline.stages.find((s) => s.kind === 'open');
  if (!stage) return reject('unknownStage', `Row ${row}: ${at(stageCell!)} is not a stage of ${ctx.pipeline.name}.`, stageCell);
  const probability = probabilityCell && parseProbability(probabilityCell.value, ctx.locale);
  if (probabilityCell && probability === undefined) {
    reject('invalidProbability', `Row ${row}: ${at(probabilityCell)} is not a probability.`, probabilityCell);
  }
  const dateOf = (cell: Cell | undefined) => {
    if (!cell) return undefined;
    const parsed = parseCsvDate(cell.value, ctx.locale);
    if (!parsed.ok) return reject('invalidDate', `Row ${row}: ${at(cell)} is not a date${parsed.error.code === 'ambiguous' ? '; choose the file’s language' : ''}.`, cell);
    return parsed.value;
  };
  const expectedCloseAt = dateOf(closeCell);
  // A history from another CRM: when the deal was opened and, for a won or lost one, when it was closed (else the
  // import day, which would make every past win this month's and every sales cycle zero days long).
  const createdAt = dateOf(createdCell) ?? ctx.now;
  const closedAt = stage.kind === 'open' ? undefined : (dateOf(closedCell) ?? ctx.now);
  if (closedAt !== undefined && closedAt < createdAt) reject('invalidDate', `Row ${row}: ${at(closedCell!)} is before the deal was created.`, closedCell);
  return parseOrReject(row, DealSchema, {
    id: ctx.newId(),
    createdAt,
    updatedAt: ctx.now,
    title: title?.value ?? person.companyName ?? person.name,
    personId: person.id,
    pipelineId: ctx.pipeline.id,
    stageId: stage.id,
    value,
    currency: currency ?? ctx.currency,
    probability,
    expectedCloseAt,
    ownerId: ctx.ownerId,
    status: stage.kind,
    closedAt,
    lostReason: stage.kind === 'lost' ? lostCell?.value : undefined,
    stageHistory: [{ stageId: stage.id, enteredAt: closedAt ?? createdAt }],
  });
}
