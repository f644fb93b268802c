import { parseAmount } from '@pipeclip/shared/csv';
import type { I18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';

/** `yyyy-mm-dd` of a local date, for `<input type="date">`. */
export function dateInputValue(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A date input's value as local noon (so time zones never move it to another day), or undefined. */
export function parseDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime() : undefined;
}

/** `yyyy-mm-ddThh:mm` for `<input type="datetime-local">`. */
export function dateTimeInputValue(ms: number): string {
  const d = new Date(ms);
  return `${dateInputValue(ms)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function parseDateTimeInput(value: string): number | undefined {
  const ms = value ? new Date(value).getTime() : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** A deal's value as typed by the rep: a non-negative amount (its own currency, if it names one), or why not. */
export function readDealAmount(t: I18n['t'], input: string, locale: string): { ok: true; value: number; currency?: string } | { ok: false; message: string } {
  if (!input.trim()) return { ok: true, value: 0 };
  const parsed = parseAmount(input, locale);
  if (!parsed.ok) return { ok: false, message: amountError(t, input, parsed.error.code) };
  if (parsed.value < 0) return { ok: false, message: t('amount.negative', { input }) };
  return { ok: true, value: parsed.value, ...(parsed.currency ? { currency: parsed.currency } : {}) };
}

/** Why an amount was not understood, in the rep's language. */
export function amountError(t: I18n['t'], input: string, code: string): string {
  return t(`amount.${code === 'ambiguous' ? 'ambiguous' : 'invalid'}` as MessageKey, { input });
}
