/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Caller } from '../middleware/auth.ts';
import type { TeamSummary } from '../services/summary.ts';
import type { Formats } from './format.ts';
import { Devices, InviteForm, QuotaForms, type DeviceRow } from './Manage.tsx';
import { FunnelSection, ForecastSection, KpiTiles } from './Overview.tsx';
import { Leaderboard, RepStageTable } from './Team.tsx';

export interface DashboardProps {
  s: TeamSummary;
  f: Formats;
  caller: Caller;
  currencies: string[];
  devices: DeviceRow[];
  notice: string | undefined;
  /** The current path and query, for forms to come back to. */
  back: string;
}

/** The manager's dashboard (a rep sees the roll-up, their own row and devices, no manager tools). */
export function DashboardPage({ s, f, caller, currencies, devices, notice, back }: DashboardProps) {
  const { t } = f;
  const manager = caller.role === 'manager';
  const reps = manager ? s.reps : s.reps.filter((r) => r.member.id === caller.memberId);
  return (
    <>
      {notice ? <p class="notice ok" role="status">{notice}</p> : null}
      <div class="page-head">
        <h1>{s.pipeline ? s.pipeline.name : t('app.title')}</h1>
        <Filters s={s} f={f} currencies={currencies} />
      </div>
      {s.pipeline && s.team ? (
        <>
          <KpiTiles s={s} f={f} />
          <p class="hint">{t('kpi.lookback')}</p>
          <div class="grid">
            <FunnelSection s={s} f={f} />
            <ForecastSection s={s} f={f} />
          </div>
          <Leaderboard s={s} f={f} />
          <RepStageTable s={s} reps={reps} f={f} />
        </>
      ) : (
        <p class="card">{t('empty.noPipeline')}</p>
      )}
      <section class="card links">
        <p><strong>{manager ? t('deals.title') : t('deals.titleMine')}:</strong> <a href="/dashboard/deals">{t('deals.open')}</a></p>
        {manager ? (
          <p title={t('duplicates.intro')}><strong>{t('duplicates.title')}:</strong> <a href="/dashboard/duplicates">{t('duplicates.open')}</a></p>
        ) : null}
      </section>
      {manager && s.pipeline ? <QuotaForms s={s} f={f} back={back} /> : null}
      {manager ? <InviteForm f={f} back={back} /> : null}
      <Devices devices={devices} current={caller.deviceId} f={f} back={back} />
    </>
  );
}

function Filters({ s, f, currencies }: { s: TeamSummary; f: Formats; currencies: string[] }) {
  const { t } = f;
  if (s.pipelines.length < 2 && currencies.length < 2) return null;
  return (
    <form class="filters" method="get" action="/">
      {s.pipelines.length > 1 ? (
        <label>{t('filter.pipeline')}
          <select name="pipeline">
            {s.pipelines.map((p) => <option value={p.id} selected={p.id === s.pipeline?.id}>{p.name}</option>)}
          </select>
        </label>
      ) : null}
      {currencies.length > 1 ? (
        <label>{t('filter.currency')}
          <select name="currency">
            {currencies.map((c) => <option value={c} selected={c === s.currency}>{c}</option>)}
          </select>
        </label>
      ) : null}
      <input type="hidden" name="lang" value={f.locale} />
      <button class="secondary" type="submit">{t('filter.apply')}</button>
    </form>
  );
}
