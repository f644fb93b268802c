import { useI18n } from '../hooks/useI18n.ts';
import { periodLabel } from './period-label.ts';

interface Props {
  months: { month: string; won: number; leads: number }[];
  currency: string;
}

const W = 360;
const H = 150;
const BASE = 120;

/** The trend of the last months: value won (bars) and new leads (line, own scale); a table says the same. */
export function TrendChart({ months, currency }: Props) {
  const { t, fmt, locale } = useI18n();
  const maxWon = Math.max(1, ...months.map((m) => m.won));
  const maxLeads = Math.max(1, ...months.map((m) => m.leads));
  const slot = W / Math.max(1, months.length);
  const points = months.map((m, i) => `${i * slot + slot / 2},${BASE - (m.leads / maxLeads) * (BASE - 14)}`).join(' ');
  return (
    <figure class="chart trend-chart">
      <figcaption id="trend-title">{t('chart.trend')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="trend-title" aria-describedby="trend-table">
        <line x1={0} x2={W} y1={BASE} y2={BASE} class="axis" />
        {months.map((m, i) => {
          const h = (m.won / maxWon) * (BASE - 14);
          return (
            <g key={m.month}>
              <rect class="series-won" x={i * slot + slot * 0.2} y={BASE - h} width={slot * 0.6} height={h} />
              <text x={i * slot + slot / 2} y={BASE + 16} text-anchor="middle" class="tick">
                {periodLabel(m.month, locale)}
              </text>
            </g>
          );
        })}
        <polyline class="series-leads" points={points} fill="none" />
        {months.map((m, i) => (
          <circle key={m.month} class="series-leads" cx={i * slot + slot / 2} cy={BASE - (m.leads / maxLeads) * (BASE - 14)} r={3} />
        ))}
      </svg>
      <ul class="legend">
        <li>
          <span class="swatch series-won" />
          {t('chart.wonValue')}
        </li>
        <li>
          <span class="swatch series-leads" />
          {t('chart.newLeads')}
        </li>
      </ul>
      <details>
        <summary>{t('chart.asTable')}</summary>
        <table id="trend-table" class="data-table">
          <thead>
            <tr>
              <th>{t('chart.period')}</th>
              <th class="num">{t('chart.wonValue')}</th>
              <th class="num">{t('chart.newLeads')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{periodLabel(m.month, locale)}</th>
                <td class="num">{fmt.money(m.won, currency)}</td>
                <td class="num">{fmt.number(m.leads)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
