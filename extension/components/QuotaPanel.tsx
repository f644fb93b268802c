import type { QuotaGap } from '@pipeclip/shared/metrics';
import { parseAmount } from '@pipeclip/shared/csv';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { setQuota } from '../pipeline/metrics-store.ts';
import { amountError } from './form-values.ts';
import { periodLabel } from './period-label.ts';

interface Props {
  pipelineId: string;
  currency: string;
  periods: string[];
  quotas: Record<string, number>;
  gaps: Record<string, QuotaGap>;
}

/** Quota per period (stored on this device) and the gap: value still missing and leads needed to close it. */
export function QuotaPanel({ pipelineId, currency, periods, quotas, gaps }: Props) {
  const { t, fmt, locale } = useI18n();
  const [error, setError] = useState('');
  return (
    <section class="quotas">
      <h3>{t('quota.title')}</h3>
      <table class="data-table">
        <thead>
          <tr>
            <th>{t('chart.period')}</th>
            <th>{t('chart.quota')}</th>
            <th class="num">{t('quota.attainment')}</th>
            <th class="num">{t('quota.gap')}</th>
            <th class="num">{t('quota.leadsNeeded')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => {
            const gap = gaps[p];
            return (
              <tr key={p}>
                <th scope="row">{periodLabel(p, locale)}</th>
                <td>
                  <input
                    class="quota-input"
                    name={`quota-${p}`}
                    inputMode="decimal"
                    aria-label={t('quota.for', { period: periodLabel(p, locale) })}
                    value={quotas[p] === undefined ? '' : fmt.decimal(quotas[p]!)}
                    onChange={(e) => {
                      const text = e.currentTarget.value.trim();
                      if (!text) return void setQuota(getDb(), pipelineId, currency, p, undefined);
                      const parsed = parseAmount(text, locale);
                      if (!parsed.ok) return setError(amountError(t, text, parsed.error.code));
                      setError('');
                      void setQuota(getDb(), pipelineId, currency, p, parsed.value);
                    }}
                  />
                </td>
                <td class="num">{gap?.attainment == null ? '–' : fmt.percent(gap.attainment)}</td>
                <td class="num">{gap?.gap == null ? '–' : fmt.money(gap.gap, currency)}</td>
                <td class="num">{gap?.leadsNeeded == null ? '–' : fmt.number(gap.leadsNeeded)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="muted small">{t('quota.hint')}</p>
    </section>
  );
}
