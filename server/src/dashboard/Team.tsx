/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { RepSummary, TeamSummary } from '../services/summary.ts';
import { AttainmentBar } from './Charts.tsx';
import type { Formats } from './format.ts';

/** Open deals per rep and stage: count, value and weighted value. */
export function RepStageTable({ s, reps, f }: { s: TeamSummary; reps: RepSummary[]; f: Formats }) {
  const { t } = f;
  const stages = s.pipeline!.stages.filter((st) => st.kind === 'open');
  return (
    <section class="card" aria-labelledby="rep-stage-title">
      <h2 id="rep-stage-title">{t('repStage.title')}</h2>
      <p class="hint">{t('repStage.hint')}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr><th>{t('repStage.rep')}</th>{stages.map((st) => <th class="num">{f.stage(st)}</th>)}</tr>
          </thead>
          <tbody>
            {reps.map((r) => (
              <tr>
                <td>{r.member.name}</td>
                {stages.map((st) => {
                  const cell = r.summary.funnel.find((x) => x.stageId === st.id);
                  return cell && cell.count ? (
                    <td class="num">
                      <strong>{f.number(cell.count)}</strong>
                      <div class="muted">{f.moneyShort(cell.value)} · {f.moneyShort(cell.weighted)}</div>
                    </td>
                  ) : (
                    <td class="num muted">{t('common.none')}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Reps ranked by what they won in the quota period, with attainment, win rate, cycle and velocity. */
export function Leaderboard({ s, f }: { s: TeamSummary; f: Formats }) {
  const { t } = f;
  return (
    <section class="card" aria-labelledby="leaderboard-title">
      <h2 id="leaderboard-title">{t('leaderboard.title')}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{t('leaderboard.rank')}</th><th>{t('repStage.rep')}</th><th class="num">{t('leaderboard.won', { period: f.period(s.quotaPeriod) })}</th>
              <th class="num">{t('leaderboard.quota')}</th><th>{t('leaderboard.attainment')}</th><th class="num">{t('leaderboard.winRate')}</th>
              <th class="num">{t('leaderboard.cycle')}</th><th class="num">{t('leaderboard.velocity')}</th>
            </tr>
          </thead>
          <tbody>
            {s.reps.map((r, i) => (
              <tr>
                <td>{i + 1}</td>
                <td>{r.member.name}</td>
                <td class="num">{f.moneyShort(r.won)}</td>
                <td class="num">{r.quota ? f.moneyShort(r.quota.amount) : t('common.none')}</td>
                <td>
                  {r.attainment === null ? <span class="muted">{t('leaderboard.noQuota')}</span> : (
                    <span class="inline-bar"><AttainmentBar value={r.attainment} /> {f.percent(r.attainment)}</span>
                  )}
                </td>
                <td class="num">{f.percent(r.summary.winRate.rate)}</td>
                <td class="num">{f.days(r.summary.won.averageCycleDays)}</td>
                <td class="num">{r.summary.velocity.perDay === null ? t('common.none') : f.moneyShort(r.summary.velocity.perDay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
