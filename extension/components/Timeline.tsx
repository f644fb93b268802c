import type { Activity, ActivityKind } from '@pipeclip/shared';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import type { MessageKey } from '../i18n/index.ts';
import { addActivity, completeTask, snoozeTask, timelineOf } from '../pipeline/activities.ts';
import { remindersChanged } from '../reminders/badge.ts';
import { dateTimeInputValue, parseDateTimeInput } from './form-values.ts';

const KINDS: ActivityKind[] = ['note', 'call', 'email', 'meeting', 'task'];
const ICON: Record<ActivityKind, string> = { note: '✎', call: '☎', email: '✉', meeting: '◷', task: '☐' };

/** Notes, calls, emails, meetings and tasks of a lead or deal, newest first, with a form to add one. */
export function Timeline({ personId, dealId }: { personId?: string | undefined; dealId?: string | undefined }) {
  const { t, fmt } = useI18n();
  const items = useLiveQuery(() => timelineOf(getDb(), { personId, dealId }), [personId, dealId], [] as Activity[]);
  const [kind, setKind] = useState<ActivityKind>('task');
  const [body, setBody] = useState('');
  const [due, setDue] = useState(() => dateTimeInputValue(Date.now() + 3_600_000));
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const now = Date.now();
  return (
    <section class="timeline">
      <h3>{t('timeline.title')}</h3>
      <form
        class="activity-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const dueAt = kind === 'task' ? parseDateTimeInput(due) : undefined;
          await addActivity(getDb(), { kind, body: body.trim() || t(`activity.${kind}` as MessageKey), personId, dealId, dueAt, direction: kind === 'call' || kind === 'email' ? direction : undefined });
          setBody('');
          if (kind === 'task') void remindersChanged(getDb());
        }}
      >
        <div class="chips" role="radiogroup" aria-label={t('timeline.kind')}>
          {KINDS.map((k) => (
            <button type="button" key={k} role="radio" aria-checked={k === kind} class={k === kind ? 'chip active' : 'chip'} onClick={() => setKind(k)}>
              {ICON[k]} {t(`activity.${k}` as MessageKey)}
            </button>
          ))}
        </div>
        <textarea name="activityBody" rows={2} placeholder={t(kind === 'task' ? 'timeline.taskPlaceholder' : 'timeline.placeholder')} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
        <div class="row">
          {kind === 'task' && (
            <label class="field grow">
              <span class="field-label">{t('timeline.due')}</span>
              <input type="datetime-local" name="dueAt" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
            </label>
          )}
          {(kind === 'call' || kind === 'email') && (
            <label class="field grow">
              <span class="field-label">{t('timeline.direction')}</span>
              <select value={direction} onChange={(e) => setDirection(e.currentTarget.value as 'in' | 'out')}>
                <option value="out">{t('timeline.out')}</option>
                <option value="in">{t('timeline.in')}</option>
              </select>
            </label>
          )}
          <button type="submit" class="primary">
            {kind === 'task' ? t('timeline.addTask') : t('timeline.add')}
          </button>
        </div>
      </form>
      {items.length === 0 && <p class="hint">{t('timeline.empty')}</p>}
      <ol class="timeline-list">
        {items.map((a) => (
          <li key={a.id} class={`activity kind-${a.kind}${a.kind === 'task' && !a.doneAt && (a.dueAt ?? 0) < now ? ' overdue' : ''}`}>
            <span class="activity-icon" aria-hidden="true">
              {a.kind === 'task' && a.doneAt ? '☑' : ICON[a.kind]}
            </span>
            <div class="activity-body">
              <span>{a.body}</span>
              <small class="muted">
                {t(`activity.${a.kind}` as MessageKey)} · {fmt.date(a.createdAt)}
                {a.direction === 'in' ? ` · ${t('timeline.in')}` : ''}
                {a.kind === 'task' && a.dueAt !== undefined && !a.doneAt ? ` · ${t('timeline.dueAt', { when: fmt.dateTime(a.dueAt) })}` : ''}
                {a.doneAt ? ` · ${t('timeline.doneAt', { when: fmt.date(a.doneAt) })}` : ''}
              </small>
            </div>
            {a.kind === 'task' && !a.doneAt && <TaskActions task={a} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Done and snooze buttons of an open task (each writes a revision: activities are append-only). */
export function TaskActions({ task }: { task: Activity }) {
  const { t } = useI18n();
  const after = async (p: Promise<unknown>) => {
    await p;
    void remindersChanged(getDb());
  };
  return (
    <span class="task-actions">
      <button class="secondary small" onClick={() => void after(completeTask(getDb(), task))}>
        {t('task.done')}
      </button>
      <button class="secondary small" onClick={() => void after(snoozeTask(getDb(), task, Date.now() + 3_600_000))} title={t('task.snoozeHour')}>
        {t('task.snooze1h')}
      </button>
      <button class="secondary small" onClick={() => void after(snoozeTask(getDb(), task, tomorrowMorning()))} title={t('task.snoozeTomorrow')}>
        {t('task.snoozeTomorrowShort')}
      </button>
    </span>
  );
}

function tomorrowMorning(): number {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  return d.getTime();
}
