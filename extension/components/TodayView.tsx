import type { Activity, Deal, Person, Pipeline } from '@pipeclip/shared';
import type { DeadLeadReason } from '@pipeclip/shared/scoring';
import { useEffect } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n, type I18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { closeLeadAsLost, hygieneOf } from '../pipeline/hygiene.ts';
import { DEFAULT_HYGIENE, hygieneSettings } from '../pipeline/hygiene-settings.ts';
import { useStored } from '../hooks/useStored.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { remindersChanged } from '../reminders/badge.ts';
import { dueTasks, endOfDay, upcomingTasks } from '../reminders/due.ts';
import { useNav } from './nav.ts';
import { TaskActions } from './Timeline.tsx';

const reasonText = (t: I18n['t'], r: DeadLeadReason) => (r.key === 'noAnswer' ? t('dead.noAnswer', { count: r.followUps }) : t('dead.inactive', { days: r.days }));

/** What needs the rep today: follow-ups due, then leads to prune and deals that are stuck. */
export function TodayView() {
  const { t, fmt, stage: stageName } = useI18n();
  const nav = useNav();
  const { current } = usePipelines();
  const now = Date.now();
  const tasks = useLiveQuery(async () => {
    const db = getDb();
    const [due, upcoming] = await Promise.all([dueTasks(db, endOfDay(now)), upcomingTasks(db, endOfDay(now), 10)]);
    const ids = [...due, ...upcoming].flatMap((a) => [a.personId, a.dealId]).filter((x): x is string => !!x);
    const [people, deals] = await Promise.all([db.people.bulkGet(ids), db.deals.bulkGet(ids)]);
    const names = new Map<string, string>();
    for (const p of people) if (p) names.set(p.id, p.name);
    for (const d of deals) if (d) names.set(d.id, d.title);
    return { due, upcoming, names };
  }, [], undefined);
  useInteractive(tasks !== undefined);
  useEffect(() => void remindersChanged(getDb()), [tasks?.due.length]);
  const thresholds = useStored(hygieneSettings, DEFAULT_HYGIENE);
  const hygiene = useLiveQuery(() => (current ? hygieneOf(getDb(), current, now, thresholds) : Promise.resolve(undefined)), [current, thresholds], undefined);

  const label = (a: Activity) => [a.dealId && tasks?.names.get(a.dealId), a.personId && tasks?.names.get(a.personId)].filter(Boolean).join(' · ');
  const openOwner = (a: Activity) => (a.dealId ? nav.open({ kind: 'deal', id: a.dealId }) : a.personId ? nav.open({ kind: 'lead', id: a.personId }) : undefined);
  const taskItem = (a: Activity) => (
    <li key={a.id} class={`task${(a.dueAt ?? 0) < now ? ' overdue' : ''}`} data-task-id={a.id}>
      <div class="task-main">
        <button class="link" onClick={() => openOwner(a)}>
          {a.body}
        </button>
        <small class="muted">
          {label(a)} · {fmt.dateTime(a.dueAt ?? a.createdAt)}
        </small>
      </div>
      <TaskActions task={a} />
    </li>
  );

  return (
    <section class="today">
      {tasks && tasks.due.length > 0 ? <h2>{t('today.due', { count: tasks.due.length })}</h2> : <p class="hint">{t('today.nothingDue')}</p>}
      <ul class="task-list">{tasks?.due.map(taskItem)}</ul>
      {tasks && tasks.upcoming.length > 0 && (
        <>
          <h3>{t('today.upcoming')}</h3>
          <ul class="task-list">{tasks.upcoming.map(taskItem)}</ul>
        </>
      )}
      <h3>{t('today.dead')}</h3>
      {hygiene === undefined && <p class="hint" aria-busy="true">{t('common.computing')}</p>}
      {hygiene && hygiene.dead.length === 0 && <p class="hint">{t('today.noDead')}</p>}
      <ul class="hygiene-list">
        {hygiene?.dead.map(({ person, reasons }) => (
          <li key={person.id} class="dead-lead">
            <button class="link" onClick={() => nav.open({ kind: 'lead', id: person.id })}>
              {person.name}
            </button>
            <small class="muted"> {reasons.map((r) => reasonText(t, r)).join(' · ')}</small>
            <button class="secondary small danger" onClick={() => current && void closeLeadAsLost(getDb(), person, current, reasonText(t, reasons[0]!))}>
              {t('today.closeLost')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('today.stuck')}</h3>
      {hygiene && hygiene.stuck.length === 0 && <p class="hint">{t('today.noStuck')}</p>}
      <ul class="hygiene-list">
        {hygiene?.stuck.map(({ deal, days, medianDays }) => (
          <li key={deal.id} class="stuck-deal">
            <button class="link" onClick={() => nav.open({ kind: 'deal', id: deal.id })}>
              {deal.title}
            </button>
            <small class="muted"> {t('today.stuckFor', { days: Math.round(days), median: Math.round(medianDays), stage: ((s) => (s ? stageName(s) : ''))(current?.stages.find((s) => s.id === deal.stageId)) })}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}

