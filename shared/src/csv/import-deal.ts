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

const DEAL_FIELDS = ['deal.title', 'deal.value', 'deal.currency', 'deal.stage', 'deal.probability', 'deal.expectedCloseAt'] as const;

/** The deal a row describes, or undefined when it fills no deal column; rejects the row on a bad cell. */
export function importDeal(ctx: DealImportContext, person: Person, one: (f: ImportField) => Cell | undefined): Deal | undefined {
  const [title, amount, currencyCell, stageCell, probabilityCell, closeCell] = DEAL_FIELDS.map(one);
  if (!title && !amount && !currencyCell && !stageCell && !probabilityCell && !closeCell) return undefined;
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
  const close = closeCell && parseCsvDate(closeCell.value, ctx.locale);
  if (close && !close.ok) {
    const hint = close.error.code === 'ambiguous' ? '; choose the file’s language' : '';
    reject('invalidDate', `Row ${row}: ${at(closeCell!)} is not a date${hint}.`, closeCell);
  }
  return parseOrReject(row, DealSchema, {
    id: ctx.newId(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    title: title?.value ?? person.companyName ?? person.name,
    personId: person.id,
    pipelineId: ctx.pipeline.id,
    stageId: stage.id,
    value,
    currency: currency ?? ctx.currency,
    probability,
    expectedCloseAt: close?.ok ? close.value : undefined,
    ownerId: ctx.ownerId,
    status: stage.kind,
    closedAt: stage.kind === 'open' ? undefined : ctx.now,
    stageHistory: [{ stageId: stage.id, enteredAt: ctx.now }],
  });
}
