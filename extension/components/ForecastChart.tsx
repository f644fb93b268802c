import type { ForecastBucket } from '@pipeclip/shared/metrics';
import { useI18n } from '../hooks/useI18n.ts';
import { periodLabel } from './period-label.ts';

interface Props {
  periods: ({ period: string } & ForecastBucket)[];
  quotas: Record<string, number>;
  currency: string;
}

const W = 360;
const H = 170;
const BASE = 140;
const SERIES = [
  ['won', 'chart.won'],
  ['weighted', 'chart.weighted'],
  ['commit', 'chart.commit'],
  ['bestCase', 'chart.bestCase'],
] as const;

/** Forecast against quota per period: won, weighted, commit and best case bars, quota as a line; a table says the same. */
export function ForecastChart({ periods, quotas, currency }: Props) {
  const { t, fmt, locale } = useI18n();
  const max = Math.max(1, ...periods.flatMap((p) => [p.won + p.weighted, p.bestCase, p.commit, quotas[p.period] ?? 0]));
  const slot = W / Math.max(1, periods.length);
  const bar = Math.min(18, (slot - 16) / SERIES.length);
  const y = (v: number) => BASE - (v / max) * (BASE - 10);
  return (
    <figure class="chart forecast-chart">
      <figcaption id="forecast-title">{t('chart.forecast')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="forecast-title" aria-describedby="forecast-table">
        <line x1={0} x2={W} y1={BASE} y2={BASE} class="axis" />
        {periods.map((p, i) => {
          const x0 = i * slot + (slot - bar * SERIES.length) / 2;
          const quota = quotas[p.period];
          return (
            <g key={p.period}>
              {SERIES.map(([key], j) => (
                <rect key={key} class={`series-${key}`} x={x0 + j * bar} y={y(p[key])} width={bar - 2} height={BASE - y(p[key])} />
              ))}
              {quota !== undefined && <line class="quota" x1={i * slot + 6} x2={(i + 1) * slot - 6} y1={y(quota)} y2={y(quota)} />}
              <text x={i * slot + slot / 2} y={BASE + 16} text-anchor="middle" class="tick">
                {periodLabel(p.period, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend">
        {SERIES.map(([key, label]) => (
          <li key={key}>
            <span class={`swatch series-${key}`} />
            {t(label)}
          </li>
        ))}
        <li>
          <span class="swatch quota" />
          {t('chart.quota')}
        </li>
      </ul>
      <details>
        <summary>{t('chart.asTable')}</summary>
        <table id="forecast-table" class="data-table">
          <thead>
            <tr>
              <th>{t('chart.period')}</th>
              {SERIES.map(([key, label]) => (
                <th key={key} class="num">
                  {t(label)}
                </th>
              ))}
              <th class="num">{t('chart.quota')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.period}>
                <th scope="row">{periodLabel(p.period, locale)}</th>
                {SERIES.map(([key]) => (
                  <td key={key} class="num">
                    {fmt.money(p[key], currency)}
                  </td>
                ))}
                <td class="num">{quotas[p.period] === undefined ? '–' : fmt.money(quotas[p.period]!, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
