import type { Deal, Pipeline } from '@pipeclip/shared';
import { forecastAccuracy, monthKey, nextPeriods, periodOf, quotaGapOf, selectDeals, stageConversion, summarizeCounters, wonByPeriod, type Period, type PipelineSummary } from '@pipeclip/shared/metrics';
import { newLeadsPerMonth } from '@pipeclip/shared/metrics';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { lookback } from '../pipeline/forecast-snapshots.ts';
import { readQuotas, readSnapshots, snapshotForecast } from '../pipeline/metrics-store.ts';
import { dealsOf } from '../pipeline/summary-cache.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { useSummary } from '../pipeline/use-summary.ts';
import { ForecastChart } from './ForecastChart.tsx';
import { FunnelChart } from './FunnelChart.tsx';
import { Kpis } from './Kpis.tsx';
import { QuotaPanel } from './QuotaPanel.tsx';
import { TrendChart } from './TrendChart.tsx';

/** The metrics panel: KPIs from the cached counters at once, then funnel, forecast vs quota, trend and accuracy. */
export function MetricsView() {
  const { t, fmt } = useI18n();
  const { current } = usePipelines();
  const cache = useSummary(current);
  const [unit, setUnit] = useState<'month' | 'quarter'>('month');
  const [chosen, setChosen] = useState<string>();
  const now = useMemo(() => Date.now(), []);
  const currency = chosen ?? cache?.currency ?? 'EUR';
  const periods = useMemo(() => nextPeriods(now, unit, unit === 'month' ? 4 : 3), [now, unit]);
  const summary: PipelineSummary | undefined = useMemo(
    () => (current && cache ? summarizeCounters(cache.rows, { pipeline: current, currency, now, period: lookback(now), forecastPeriods: periods }) : undefined),
    [current, cache, currency, periods],
  );
  useInteractive(summary !== undefined);
  const details = useLiveQuery(() => (current ? detailsOf(current, currency, now, periods) : Promise.resolve(undefined)), [current, currency, periods], undefined);

  useEffect(() => {
    if (!current || !summary) return;
    void snapshotForecast(getDb(), current.id, summary.forecast.periods, currency, now);
  }, [current?.id, !!summary, currency, periods]);

  if (!current) return <p class="hint" aria-busy="true" />;
  if (!summary || !cache) return <p class="hint">{t('common.computing')}</p>;
  const otherCurrencies = Object.entries(cache.currencies).filter(([c]) => c !== currency);
  return (
    <section class="metrics">
      <header class="row">
        <h2 class="grow">{t('metrics.title', { pipeline: current.name })}</h2>
        {Object.keys(cache.currencies).length > 1 && (
          <select aria-label={t('deal.currency')} value={currency} onChange={(e) => setChosen(e.currentTarget.value)}>
            {Object.keys(cache.currencies).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
      </header>
      {otherCurrencies.length > 0 && <p class="muted small">{t('metrics.otherCurrency', { count: otherCurrencies.reduce((s, [, n]) => s + n, 0), currencies: otherCurrencies.map(([c]) => c).join(', ') })}</p>}
      <Kpis summary={summary} currency={currency} />
      <FunnelChart stages={current.stages.filter((s) => s.kind === 'open')} funnel={summary.funnel} conversion={details?.conversion} currency={currency} bottleneck={cache.bottleneck.conversion ?? cache.bottleneck.slowest} />
      <div class="segmented" role="group" aria-label={t('metrics.forecastBy')}>
        <button class={unit === 'month' ? 'chip active' : 'chip'} aria-pressed={unit === 'month'} onClick={() => setUnit('month')}>
          {t('metrics.byMonth')}
        </button>
        <button class={unit === 'quarter' ? 'chip active' : 'chip'} aria-pressed={unit === 'quarter'} onClick={() => setUnit('quarter')}>
          {t('metrics.byQuarter')}
        </button>
      </div>
      <ForecastChart periods={summary.forecast.periods} quotas={details?.quotas ?? {}} currency={currency} />
      {(summary.forecast.overdue.deals > 0 || summary.forecast.unscheduled.deals > 0) && (
        <p class="muted small">
          {summary.forecast.overdue.deals > 0 && t('metrics.overdue', { count: summary.forecast.overdue.deals, value: fmt.money(summary.forecast.overdue.bestCase, currency) })}{' '}
          {summary.forecast.unscheduled.deals > 0 && t('metrics.unscheduled', { count: summary.forecast.unscheduled.deals })}
        </p>
      )}
      {details && <QuotaPanel pipelineId={current.id} currency={currency} periods={periods} quotas={details.quotas} gaps={details.gaps} />}
      {details && <TrendChart months={details.trend} currency={currency} />}
      <h3>{t('metrics.accuracy')}</h3>
      {details ? (
        <p>
          {details.accuracy.mean === null
            ? t('metrics.accuracyNone', { count: details.snapshots })
            : t('metrics.accuracyMean', { accuracy: fmt.percent(details.accuracy.mean), count: details.accuracy.results.length })}
        </p>
      ) : (
        <p class="hint" aria-busy="true">{t('common.computing')}</p>
      )}
    </section>
  );
}

/** What needs every deal (conversion, quota gaps, trend, accuracy): computed after the KPIs are on screen. */
async function detailsOf(pipeline: Pipeline, currency: string, now: number, periods: string[]) {
  const db = getDb();
  const [deals, quotas, snapshots, people] = await Promise.all([dealsOf(db, pipeline), readQuotas(db, pipeline.id, currency), readSnapshots(db, pipeline.id), db.people.where('updatedAt').above(lookback(now, 6).from - 1).toArray()]);
  const set = selectDeals(deals as Deal[], { pipeline, currency });
  const back = lookback(now);
  const gaps = Object.fromEntries(periods.filter((p) => quotas[p] !== undefined).map((p) => [p, quotaGapOf(set, { memberId: '00000000-0000-7000-8000-000000000000', period: p, amount: quotas[p]!, currency }, back)]));
  const six = lookback(now, 6);
  const months = Array.from({ length: 6 }, (_, i) => monthKey(Date.UTC(new Date(six.from).getUTCFullYear(), new Date(six.from).getUTCMonth() + i, 1)));
  const won = wonByPeriod(set, months);
  const leads = newLeadsPerMonth(people, six);
  const judged = [...new Set(snapshots.map((s) => s.period))].filter((p) => periodOf(p).to <= now);
  const accuracy = forecastAccuracy(snapshots, wonByPeriod(set, judged), currency, now);
  return {
    conversion: stageConversion(set, now),
    quotas,
    gaps,
    trend: months.map((m) => ({ month: m, won: won[m] ?? 0, leads: leads.find((l) => l.month === m)?.total ?? 0 })),
    accuracy,
    snapshots: snapshots.length,
  };
}
