/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { TeamSummary } from '../services/summary.ts';
import { FunnelChart, ForecastChart, SERIES, Swatch } from './Charts.tsx';
import type { Formats } from './format.ts';
import { forecastColumns, funnelRows, teamQuota } from './view-model.ts';

/** The team's key figures as tiles. */
export function KpiTiles({ s, f }: { s: TeamSummary; f: Formats }) {
  const { t } = f;
  const team = s.team!;
  const tiles: [string, string][] = [
    [t('kpi.openDeals'), f.number(team.open.count)],
    [t('kpi.pipelineValue'), f.moneyShort(team.open.value)],
    [t('kpi.weighted'), f.moneyShort(team.open.weighted)],
    [t('kpi.winRate'), f.percent(team.winRate.rate)],
    [t('kpi.avgDeal'), team.won.averageDealSize === null ? t('common.none') : f.moneyShort(team.won.averageDealSize)],
    [t('kpi.cycle'), f.days(team.won.averageCycleDays)],
    [t('kpi.velocity'), team.velocity.perDay === null ? t('common.none') : t('kpi.perDay', { value: f.moneyShort(team.velocity.perDay) })],
    [t('kpi.forecastAccuracy'), f.percent(s.forecastAccuracy)],
  ];
  return (
    <section aria-labelledby="kpi-title">
      <h2 id="kpi-title" class="visually-hidden">{t('kpi.title')}</h2>
      <ul class="tiles">
        {tiles.map(([label, value]) => (
          <li class="tile">
            <div class="label">{label}</div>
            <div class="value" title={value}>{value}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Counts and values per stage, with conversion, as a chart and as a table. */
export function FunnelSection({ s, f }: { s: TeamSummary; f: Formats }) {
  const { t } = f;
  const rows = funnelRows(s, f);
  return (
    <section class="card" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t('funnel.title')}</h2>
      <FunnelChart rows={rows} f={f} labelledBy="funnel-title" />
      <details>
        <summary>{t('funnel.stage')} · {t('funnel.deals')} · {t('funnel.value')}</summary>
        <div class="scroll">
          <table>
            <thead>
              <tr><th>{t('funnel.stage')}</th><th class="num">{t('funnel.deals')}</th><th class="num">{t('funnel.value')}</th><th class="num">{t('funnel.weighted')}</th><th class="num">{t('funnel.conversion')}</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr><td>{r.name}</td><td class="num">{f.number(r.count)}</td><td class="num">{f.money(r.value)}</td><td class="num">{f.money(r.weighted)}</td><td class="num">{f.percent(r.conversion)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="hint">{t('funnel.conversionHint')}</p>
      </details>
    </section>
  );
}

/** Forecast per month and quarter against the team quota. */
export function ForecastSection({ s, f }: { s: TeamSummary; f: Formats }) {
  const { t } = f;
  const columns = forecastColumns(s, f);
  const quota = teamQuota(s);
  const { overdue, unscheduled } = s.team!.forecast;
  return (
    <section class="card" aria-labelledby="forecast-title">
      <h2 id="forecast-title">{t('forecast.title')}</h2>
      <ForecastChart columns={columns} f={f} labelledBy="forecast-title" />
      <ul class="legend">
        {SERIES.map((x) => <li><Swatch color={x.color} />{t(x.label)}</li>)}
        <li><Swatch color="#c0362c" dashed />{t('forecast.quota')}</li>
      </ul>
      <details>
        <summary>{t('forecast.period')} · {t('forecast.weighted')} · {t('forecast.quota')}</summary>
        <div class="scroll">
          <table>
            <thead>
              <tr><th>{t('forecast.period')}</th>{SERIES.map((x) => <th class="num">{t(x.label)}</th>)}<th class="num">{t('forecast.quota')}</th></tr>
            </thead>
            <tbody>
              {columns.map((c) => (
                <tr><td>{c.label}</td>{SERIES.map((x) => <td class="num">{f.money(c[x.key])}</td>)}<td class="num">{c.quota === null ? t('common.none') : f.money(c.quota)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p class="hint">
        {quota !== null ? `${t('forecast.quotaHint', { period: f.period(s.quotaPeriod) })} ` : null}
        {overdue.deals ? `${t('forecast.overdue', { n: f.number(overdue.deals), value: f.money(overdue.bestCase) })} ` : null}
        {unscheduled.deals ? t('forecast.unscheduled', { n: f.number(unscheduled.deals), value: f.money(unscheduled.bestCase) }) : null}
      </p>
    </section>
  );
}
