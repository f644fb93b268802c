import type { Deal, Pipeline } from '@pipeclip/shared';
import { currencyCode } from '@pipeclip/shared/csv';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { moveDeal, planMove, stageOfKind, updateDeal } from '../pipeline/move.ts';
import { useOwnerName } from '../pipeline/use-members.ts';
import { BantChecklist } from './BantChecklist.tsx';
import { dateInputValue, parseDateInput, readDealAmount } from './form-values.ts';
import { LostReasonDialog } from './LostReasonDialog.tsx';
import { useNav } from './nav.ts';
import { refusalMessage } from './refusal.ts';
import { Timeline } from './Timeline.tsx';

/** A deal with its fields, qualification, stage history and timeline. */
export function DealDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const nav = useNav();
  const data = useLiveQuery(async () => {
    const db = getDb();
    const deal = await db.deals.get(id);
    const pipeline = deal && (await db.pipelines.get(deal.pipelineId));
    const person = deal?.personId ? await db.people.get(deal.personId) : undefined;
    return { deal, pipeline, person };
  }, [id], undefined);
  if (!data) return <p class="hint" aria-busy="true" />;
  const { deal, pipeline, person } = data;
  if (!deal || !pipeline)
    return (
      <section>
        <button class="link back" onClick={nav.close}>
          ← {t('common.back')}
        </button>
        <p class="hint">{t('deal.missing')}</p>
      </section>
    );
  return <DealForm deal={deal} pipeline={pipeline} personName={person?.name} personId={person?.id} />;
}

function DealForm({ deal, pipeline, personName, personId }: { deal: Deal; pipeline: Pipeline; personName?: string | undefined; personId?: string | undefined }) {
  const { t, fmt, locale, stage: stageName } = useI18n();
  const nav = useNav();
  const ownerName = useOwnerName();
  const [message, setMessage] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [amount, setAmount] = useState(() => fmt.decimal(deal.value));
  const stage = pipeline.stages.find((s) => s.id === deal.stageId);
  // A refused save (a value the deal's schema does not accept) is said, never swallowed.
  const save = (changes: Partial<Deal>) => void updateDeal(getDb(), deal, changes).catch((err: unknown) => setMessage(t('deal.saveFailed', { reason: err instanceof Error ? err.message : String(err) })));

  async function move(stageId: string, reason?: string) {
    const target = pipeline.stages.find((s) => s.id === stageId)!;
    const plan = planMove(deal, pipeline, stageId, Date.now(), reason);
    if (!plan.ok) {
      if (plan.reason === 'needsLostReason') setAsking(stageId);
      else setMessage(refusalMessage(t, plan, stageName(target)));
      return;
    }
    await moveDeal(getDb(), deal, pipeline, stageId, reason);
    setMessage(t('board.moved', { title: deal.title, stage: stageName(target) }));
  }

  const closePast = deal.status === 'open' && deal.expectedCloseAt !== undefined && deal.expectedCloseAt < Date.now() - 86_400_000;
  const won = stageOfKind(pipeline, 'won');
  const lost = stageOfKind(pipeline, 'lost');
  return (
    <section class="deal-detail">
      <button class="link back" onClick={nav.close}>
        ← {t('common.back')}
      </button>
      <label class="field">
        <span class="field-label">{t('deal.title')}</span>
        <input class="title-input" name="title" value={deal.title} onChange={(e) => e.currentTarget.value.trim() && save({ title: e.currentTarget.value.trim() })} />
      </label>
      <p class={`status status-${deal.status}`}>
        {t(`deal.status.${deal.status}`)}
        {deal.status === 'lost' && deal.lostReason ? ` — ${deal.lostReason}` : ''}
        {personName && (
          <>
            {' · '}
            <button class="link" onClick={() => personId && nav.open({ kind: 'lead', id: personId })}>
              {personName}
            </button>
          </>
        )}
      </p>
      <div class="row">
        <label class="field grow">
          <span class="field-label">{t('deal.stage')}</span>
          <select name="stage" value={deal.stageId} onChange={(e) => void move(e.currentTarget.value)}>
            {pipeline.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {stageName(s)}
              </option>
            ))}
          </select>
        </label>
        {deal.status === 'open' && won && (
          <button class="secondary" onClick={() => void move(won.id)}>
            {t('deal.markWon')}
          </button>
        )}
        {deal.status === 'open' && lost && (
          <button class="secondary danger" onClick={() => setAsking(lost.id)}>
            {t('deal.markLost')}
          </button>
        )}
      </div>
      {message && (
        <p class="board-message" role="status">
          {message}
        </p>
      )}
      <div class="row">
        <label class="field grow">
          <span class="field-label">{t('deal.value')}</span>
          <input
            name="value"
            inputMode="decimal"
            value={amount}
            onInput={(e) => setAmount(e.currentTarget.value)}
            onChange={(e) => {
              const parsed = readDealAmount(t, e.currentTarget.value, locale);
              if (!parsed.ok) return setMessage(parsed.message);
              setMessage('');
              save({ value: parsed.value, ...(parsed.currency ? { currency: parsed.currency } : {}) });
            }}
          />
        </label>
        <label class="field">
          <span class="field-label">{t('deal.currency')}</span>
          <input name="currency" size={4} maxLength={3} value={deal.currency} onChange={(e) => {
              const code = currencyCode(e.currentTarget.value);
              if (!code) return setMessage(t('deal.currencyInvalid', { input: e.currentTarget.value }));
              setMessage('');
              save({ currency: code });
            }} />
        </label>
        <label class="field">
          <span class="field-label">{t('deal.probability')}</span>
          <input
            name="probability"
            type="number"
            min={0}
            max={100}
            placeholder={String(Math.round((stage?.probability ?? 0) * 100))}
            value={deal.probability === undefined ? '' : Math.round(deal.probability * 100)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              const n = Number(v);
              if (v === '' || (n >= 0 && n <= 100)) save(v === '' ? { probability: undefined } : { probability: n / 100 });
            }}
          />
        </label>
      </div>
      <div class="row">
        <label class="field grow">
          <span class="field-label">{t('deal.expectedClose')}</span>
          <input type="date" name="expectedCloseAt" value={dateInputValue(deal.expectedCloseAt)} onChange={(e) => save({ expectedCloseAt: parseDateInput(e.currentTarget.value) })} />
        </label>
        <label class="field grow">
          <span class="field-label">{t('deal.source')}</span>
          <input name="source" value={deal.source ?? ''} onChange={(e) => save({ source: e.currentTarget.value.trim() || undefined })} />
        </label>
      </div>
      {closePast && <p class="warning">{t('deal.closeInPast')}</p>}
      <label class="field">
        <span class="field-label">{t('deal.tags')}</span>
        <input name="tags" value={deal.tags.join(', ')} onChange={(e) => save({ tags: e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean) })} />
      </label>
      <p class="muted small">
        {t('deal.owner')}: <span class="deal-owner">{ownerName(deal.ownerId)}</span>
      </p>
      <label class="check">
        <input type="checkbox" name="shared" checked={deal.shared} onChange={(e) => save({ shared: e.currentTarget.checked })} /> {t('deal.shared')}
      </label>
      <BantChecklist value={deal.qualification} required={pipeline.stages.flatMap((s) => s.requires)} onChange={(q) => save({ qualification: q })} />
      <details class="history">
        <summary>{t('deal.history', { count: deal.stageHistory.length })}</summary>
        <ol>
          {deal.stageHistory.map((h, i) => (
            <li key={i}>
              {pipeline.stages.find((s) => s.id === h.stageId)?.name ?? h.stageId} — {fmt.dateTime(h.enteredAt)}
            </li>
          ))}
        </ol>
      </details>
      <Timeline dealId={deal.id} personId={deal.personId} />
      {asking && (
        <LostReasonDialog
          title={deal.title}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => {
            const stageId = asking;
            setAsking(null);
            void move(stageId, reason);
          }}
        />
      )}
    </section>
  );
}
