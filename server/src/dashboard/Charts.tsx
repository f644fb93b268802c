/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { FunnelStage } from '@pipeclip/shared/metrics';
import type { Formats } from './format.ts';

export interface FunnelRow extends FunnelStage {
  name: string;
  /** Share of the deals at or past this stage that reached the next one; null for the last stage. */
  conversion: number | null;
}

const ROW = 44;
const BAR = 24;
const WIDTH = 560;

/** The team funnel as centred bars (counts), values beside them and conversion between stages. */
export function FunnelChart({ rows, f, labelledBy }: { rows: FunnelRow[]; f: Formats; labelledBy: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * ROW;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={labelledBy}>
      {rows.map((r, i) => {
        const w = Math.max(2, (r.count / max) * 190);
        const y = i * ROW;
        return (
          <g>
            <text x="0" y={y + 17}>{clip(r.name, 22)}</text>
            <rect x={300 - w / 2} y={y} width={w} height={BAR} rx="4" fill="#4f46e5" fill-opacity={String(1 - (i / Math.max(rows.length, 1)) * 0.45)} />
            <text x={WIDTH} y={y + 17} text-anchor="end">{`${f.number(r.count)} · ${f.moneyShort(r.value)}`}</text>
            {r.conversion !== null ? (
              <text class="dim" x="300" y={y + BAR + 15} text-anchor="middle">{`↓ ${f.percent(r.conversion)}`}</text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

export interface ForecastColumn {
  label: string;
  weighted: number;
  commit: number;
  bestCase: number;
  won: number;
  quota: number | null;
}

export const SERIES = [
  { key: 'bestCase', color: '#c7cdd8', label: 'forecast.bestCase' },
  { key: 'commit', color: '#e08a0b', label: 'forecast.commit' },
  { key: 'weighted', color: '#4f46e5', label: 'forecast.weighted' },
  { key: 'won', color: '#12a37a', label: 'forecast.won' },
] as const;

/** Grouped bars per period (best case, commit, weighted, won) with the team quota as a dashed line. */
export function ForecastChart({ columns, f, labelledBy }: { columns: ForecastColumn[]; f: Formats; labelledBy: string }) {
  const highest = Math.max(0, ...columns.flatMap((c) => [c.bestCase, c.commit, c.weighted, c.won, c.quota ?? 0]));
  const max = niceCeil(highest);
  const top = 12;
  const plot = 200;
  const left = 78;
  const slot = (WIDTH - left) / Math.max(columns.length, 1);
  const barW = Math.min(20, (slot - 16) / SERIES.length);
  const y = (v: number) => top + plot - (v / max) * plot;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${top + plot + 30}`} role="img" aria-labelledby={labelledBy}>
      {(highest ? [0, 0.5, 1] : [0]).map((p) => (
        <g>
          <line x1={left - 6} x2={WIDTH} y1={y(max * p)} y2={y(max * p)} stroke="#e4e7ec" />
          <text class="dim" x={left - 10} y={y(max * p) + 4} text-anchor="end">{f.moneyShort(max * p)}</text>
        </g>
      ))}
      {columns.map((c, i) => {
        const x0 = left + i * slot + (slot - barW * SERIES.length) / 2;
        return (
          <g>
            {SERIES.map((s, j) => (
              <rect x={x0 + j * barW} y={y(c[s.key])} width={barW - 3} height={Math.max(0, top + plot - y(c[s.key]))} rx="2" fill={s.color}>
                <title>{`${c.label}: ${f.money(c[s.key])}`}</title>
              </rect>
            ))}
            {c.quota !== null ? (
              <line x1={x0 - 6} x2={x0 + barW * SERIES.length + 3} y1={y(c.quota)} y2={y(c.quota)} stroke="#c0362c" stroke-width="2" stroke-dasharray="5 3" />
            ) : null}
            <text x={left + i * slot + slot / 2} y={top + plot + 20} text-anchor="middle">{c.label}</text>
          </g>
        );
      })}
    </svg>
  );
}

/** A small horizontal bar for quota attainment; past 100 % it turns green. */
export function AttainmentBar({ value }: { value: number }) {
  const w = Math.min(1, Math.max(0, value)) * 120;
  return (
    <svg class="bar" width="120" height="10" viewBox="0 0 120 10" aria-hidden="true">
      <rect width="120" height="10" rx="5" fill="#eef0f4" />
      <rect width={w} height="10" rx="5" fill={value >= 1 ? '#12a37a' : '#4f46e5'} />
    </svg>
  );
}

export function Swatch({ color, dashed }: { color: string; dashed?: boolean }) {
  return (
    <svg width="14" height="10" aria-hidden="true">
      {dashed ? <line x1="0" x2="14" y1="5" y2="5" stroke={color} stroke-width="2" stroke-dasharray="4 2" /> : <rect width="14" height="10" rx="2" fill={color} />}
    </svg>
  );
}

/** The next round number at or above n (1, 2, 2.5 or 5 × a power of ten), so the axis reads well. */
function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= n) ?? 10) * p;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
