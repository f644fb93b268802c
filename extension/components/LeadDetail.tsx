import type { Person } from '@pipeclip/shared';
import { personToVCard } from '@pipeclip/shared/csv';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { erasePerson } from '../db/erase.ts';
import { putRecord } from '../db/write.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { dealFromLead } from '../pipeline/create.ts';
import { scoresFor } from '../pipeline/scores.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { BantChecklist } from './BantChecklist.tsx';
import { download } from './download.ts';
import { useNav } from './nav.ts';
import { scoreExplanation } from './score-text.ts';
import { Timeline } from './Timeline.tsx';

/** A lead with its score and why, BANT, deals and timeline; one click turns it into a deal. */
export function LeadDetail({ id }: { id: string }) {
  const { t, fmt } = useI18n();
  const nav = useNav();
  const { current } = usePipelines();
  const [busy, setBusy] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  const data = useLiveQuery(async () => {
    const db = getDb();
    const person = await db.people.get(id);
    if (!person) return { person };
    const [deals, scores] = await Promise.all([db.deals.where('personId').equals(id).toArray(), scoresFor(db, [person])]);
    return { person, deals: deals.filter((d) => !d.deletedAt), score: scores.get(id) };
  }, [id], undefined);
  if (!data) return <p class="hint" aria-busy="true" />;
  const { person } = data;
  if (!person)
    return (
      <section>
        <button class="link back" onClick={nav.close}>
          ← {t('common.back')}
        </button>
        <p class="hint">{t('lead.missing')}</p>
      </section>
    );
  const save = (changes: Partial<Person>) => {
    const fields = { ...changes, updatedAt: Date.now() };
    void putRecord(getDb(), 'people', { ...person, ...fields }, fields);
  };
  return (
    <section class="lead-detail">
      <button class="link back" onClick={nav.close}>
        ← {t('common.back')}
      </button>
      <h2 class="lead-name">{person.name}</h2>
      {(person.title || person.companyName) && <p class="muted">{[person.title, person.companyName].filter(Boolean).join(' · ')}</p>}
      {data.score && (
        <p class="score-line">
          <strong class="score" aria-label={t('lead.scoreLabel', { score: data.score.score })}>
            {data.score.score}
          </strong>{' '}
          <span class="muted">{scoreExplanation(t, data.score)}</span>
        </p>
      )}
      <ul class="contact">
        {person.emails.map((e) => (
          <li key={e}>✉ {e}</li>
        ))}
        {person.phones.map((p) => (
          <li key={p}>☎ {p}</li>
        ))}
        {person.urls.map((u) => (
          <li key={u}>🔗 {u}</li>
        ))}
      </ul>
      <p class="muted small">
        {t('lead.source', { source: t(`source.${person.source.kind}`), when: fmt.date(person.source.capturedAt) })}
      </p>
      <label class="field">
        <span class="field-label">{t('deal.tags')}</span>
        <input name="tags" value={person.tags.join(', ')} onChange={(e) => save({ tags: e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean) })} />
      </label>
      <label class="check">
        <input type="checkbox" name="shared" checked={person.shared} onChange={(e) => save({ shared: e.currentTarget.checked })} /> {t('lead.shared')}
      </label>
      <BantChecklist value={person.qualification} onChange={(q) => save({ qualification: q })} />
      <div class="row">
        <button
          class="primary"
          disabled={busy || !current}
          onClick={async () => {
            if (!current) return;
            setBusy(true);
            const deal = await dealFromLead(getDb(), person, current, person.companyName ? `${person.companyName} – ${person.name}` : person.name);
            nav.open({ kind: 'deal', id: deal.id });
          }}
        >
          {t('lead.makeDeal')}
        </button>
        <button class="secondary" onClick={() => download(`${person.name}.vcf`, personToVCard(person), 'text/vcard')}>
          {t('lead.vcard')}
        </button>
      </div>
      {data.deals && data.deals.length > 0 && (
        <>
          <h3>{t('lead.deals')}</h3>
          <ul class="lead-deals">
            {data.deals.map((d) => (
              <li key={d.id}>
                <button class="link" onClick={() => nav.open({ kind: 'deal', id: d.id })}>
                  {d.title}
                </button>{' '}
                <span class="muted">
                  {fmt.money(d.value, d.currency)} · {t(`deal.status.${d.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Timeline personId={person.id} />
      {confirmErase ? (
        <div class="erase-confirm" role="alertdialog" aria-labelledby="erase-question">
          <p id="erase-question">{t('lead.eraseConfirm', { name: person.name })}</p>
          <div class="row">
            <button class="primary danger" onClick={() => void erasePerson(getDb(), person.id).then(nav.close)}>
              {t('lead.eraseYes')}
            </button>
            <button class="secondary" onClick={() => setConfirmErase(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button class="link danger erase" onClick={() => setConfirmErase(true)}>
          {t('lead.erase')}
        </button>
      )}
    </section>
  );
}
