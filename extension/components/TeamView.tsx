import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { DuplicatesSchema, TeamSummarySchema, teamGet, type TeamSummaryView } from '../sync/team-api.ts';
import type { ServerSettings } from '../sync/settings.ts';

type Duplicates = ReturnType<typeof DuplicatesSchema.parse>['duplicates'];

/** The team's merged pipeline as the server sees it: totals, the leaderboard with quota attainment, shared leads. */
export function TeamView({ server }: { server: ServerSettings }) {
  const { t, fmt } = useI18n();
  const [summary, setSummary] = useState<TeamSummaryView>();
  const [duplicates, setDuplicates] = useState<Duplicates>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    Promise.all([teamGet(server, 'v1/team/summary', TeamSummarySchema, abort.signal), teamGet(server, 'v1/team/duplicates', DuplicatesSchema, abort.signal)])
      .then(([s, d]) => {
        setSummary(s);
        setDuplicates(d.duplicates);
      })
      .catch(() => !abort.signal.aborted && setFailed(true));
    return () => abort.abort();
  }, [server]);
  if (failed) return <p class="muted">{t('team.offline')}</p>;
  if (!summary) return <p class="muted">{t('team.loading')}</p>;
  const money = (n: number) => fmt.money(n, summary.currency);
  const members = new Map(summary.reps.map((r) => [r.member.id, r.member.name]));
  return (
    <section class="team-view" aria-label={t('team.title')}>
      <h2>{t('team.title')}</h2>
      {summary.team && (
        <p>
          {t('team.totals', { open: summary.team.open.count, value: money(summary.team.open.value), weighted: money(summary.team.open.weighted) })}
        </p>
      )}
      <table class="leaderboard">
        <caption>{t('team.leaderboard', { period: summary.quotaPeriod })}</caption>
        <tbody>
          {summary.reps.map((r, i) => (
            <tr key={r.member.id}>
              <td>{i + 1}.</td>
              <td>{r.member.name}</td>
              <td class="num">{money(r.won)}</td>
              <td class="num">{r.attainment === null ? '–' : fmt.number(Math.round(r.attainment * 100)) + ' %'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {duplicates.length > 0 && (
        <>
          <h3>{t('team.duplicates')}</h3>
          <ul class="team-duplicates">
            {duplicates.slice(0, 10).map((d) => (
              <li key={`${d.kind}:${d.key}`}>
                {d.key}: {d.people.map((p) => p.name ?? t('team.teammatesLead', { name: (p.ownerId && members.get(p.ownerId)) || t('team.teammate') })).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
