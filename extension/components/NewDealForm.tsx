import type { Pipeline } from '@pipeclip/shared';
import { currencyCode } from '@pipeclip/shared/csv';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { createDeal } from '../pipeline/create.ts';
import { parseDateInput, readDealAmount } from './form-values.ts';

/** A quick form for a new deal in the pipeline's first stage. */
export function NewDealForm({ pipeline, onDone }: { pipeline: Pipeline; onDone(): void }) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [close, setClose] = useState('');
  const [error, setError] = useState('');
  const closeAt = parseDateInput(close);
  const past = closeAt !== undefined && closeAt < Date.now() - 86_400_000;
  return (
    <form
      class="new-deal card"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!title.trim()) return setError(t('deal.titleRequired'));
        const parsed = readDealAmount(t, amount, locale);
        if (!parsed.ok) return setError(parsed.message);
        const code = parsed.currency ?? currencyCode(currency);
        if (!code) return setError(t('deal.currencyInvalid', { input: currency }));
        try {
          await createDeal(getDb(), { title, pipeline, value: parsed.value, currency: code, expectedCloseAt: closeAt });
          onDone();
        } catch (err) {
          setError(t('deal.saveFailed', { reason: err instanceof Error ? err.message : String(err) }));
        }
      }}
    >
      <label class="field">
        <span class="field-label">{t('deal.title')}</span>
        <input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} autoFocus />
      </label>
      <div class="row">
        <label class="field grow">
          <span class="field-label">{t('deal.value')}</span>
          <input name="value" inputMode="decimal" placeholder={locale === 'en' ? '1,234.56' : '1.234,56'} value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field-label">{t('deal.currency')}</span>
          <input name="currency" size={4} maxLength={3} value={currency} onInput={(e) => setCurrency(e.currentTarget.value.toUpperCase())} />
        </label>
        <label class="field">
          <span class="field-label">{t('deal.expectedClose')}</span>
          <input type="date" name="expectedCloseAt" value={close} onInput={(e) => setClose(e.currentTarget.value)} />
        </label>
      </div>
      {past && <p class="warning">{t('deal.closeInPast')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="primary">
          {t('deal.create')}
        </button>
      </div>
    </form>
  );
}
