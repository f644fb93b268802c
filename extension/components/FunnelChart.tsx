import type { FunnelStage, StageConversion } from '@pipeclip/shared/metrics';
import { useI18n } from '../hooks/useI18n.ts';

interface Props {
  stages: { id: string; name: string }[];
  funnel: FunnelStage[];
  conversion: StageConversion[] | undefined;
  currency: string;
  bottleneck: string | undefined;
}

const W = 360;
const ROW = 34;
const GAP = 16;

/** The funnel: open deals and value per stage as centred bars, with the conversion between stages; a table says the same. */
export function FunnelChart({ stages, funnel, conversion, currency, bottleneck }: Props) {
  const { t, fmt, stage: stageName } = useI18n();
  const rows = stages.map((s) => ({ ...s, f: funnel.find((x) => x.stageId === s.id), c: conversion?.find((x) => x.stageId === s.id) }));
  const max = Math.max(1, ...rows.map((r) => r.f?.count ?? 0));
  const height = rows.length * (ROW + GAP);
  return (
    <figure class="chart funnel-chart">
      <figcaption id="funnel-title">{t('chart.funnel')}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-labelledby="funnel-title" aria-describedby="funnel-table">
        {rows.map((r, i) => {
          const count = r.f?.count ?? 0;
          // A stage without deals shows its label only: a sliver of a bar behind the text read as a glitch.
          const w = Math.max(8, (count / max) * (W - 20));
          const y = i * (ROW + GAP);
          return (
            <g key={r.id} class={r.id === bottleneck ? 'bar bottleneck' : 'bar'}>
              {count > 0 && <rect x={(W - w) / 2} y={y} width={w} height={ROW} rx={4} />}
              <text x={W / 2} y={y + 14} text-anchor="middle" class="bar-label">
                {stageName(r)}
              </text>
              <text x={W / 2} y={y + 28} text-anchor="middle" class="bar-value">
                {t('chart.dealsValue', { count, value: fmt.money(r.f?.value ?? 0, currency) })}
              </text>
              {i < rows.length - 1 && (
                <text x={W / 2} y={y + ROW + 12} text-anchor="middle" class="conversion">
                  ↓ {r.c?.rate == null ? '–' : fmt.percent(r.c.rate)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('chart.asTable')}</summary>
        <table id="funnel-table" class="data-table">
          <thead>
            <tr>
              <th>{t('deal.stage')}</th>
              <th class="num">{t('metrics.deals')}</th>
              <th class="num">{t('deal.value')}</th>
              <th class="num">{t('metrics.weighted')}</th>
              <th class="num">{t('chart.conversion')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {stageName(r)}
                  {r.id === bottleneck ? ` (${t('board.bottleneck')})` : ''}
                </th>
                <td class="num">{fmt.number(r.f?.count ?? 0)}</td>
                <td class="num">{fmt.money(r.f?.value ?? 0, currency)}</td>
                <td class="num">{fmt.money(r.f?.weighted ?? 0, currency)}</td>
                <td class="num">{r.c?.rate == null ? '–' : fmt.percent(r.c.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
