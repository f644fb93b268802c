import type { PipelineSummary } from '@pipeclip/shared/metrics';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';

/** The headline numbers; unknown rates show "–", never 0 %. */
export function Kpis({ summary, currency }: { summary: PipelineSummary; currency: string }) {
  const { t, fmt } = useI18n();
  const money = (n: number | null) => (n === null ? '–' : fmt.money(n, currency));
  const cells: [MessageKey, string, MessageKey?][] = [
    ['metrics.openDeals', fmt.number(summary.open.count)],
    ['metrics.pipelineValue', money(summary.open.value)],
    ['metrics.weightedValue', money(summary.open.weighted)],
    ['metrics.avgOpenDeal', money(summary.open.count ? summary.open.value / summary.open.count : null)],
    ['metrics.winRate', summary.winRate.rate === null ? '–' : fmt.percent(summary.winRate.rate), 'metrics.last12'],
    ['metrics.avgDealSize', money(summary.won.averageDealSize), 'metrics.last12'],
    ['metrics.cycle', summary.won.averageCycleDays === null ? '–' : t('metrics.days', { days: Math.round(summary.won.averageCycleDays) }), 'metrics.last12'],
    ['metrics.velocity', summary.velocity.perDay === null ? '–' : t('metrics.perDay', { value: money(summary.velocity.perDay) })],
  ];
  return (
    <dl class="kpis">
      {cells.map(([label, value, note]) => (
        <div key={label} class="kpi" data-kpi={label.slice('metrics.'.length)}>
          <dt>
            {t(label)}
            {note && <small class="muted"> {t(note)}</small>}
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
