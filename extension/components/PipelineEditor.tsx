import type { Pipeline, StageKind } from '@pipeclip/shared';
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import type { MessageKey } from '../i18n/index.ts';
import { defaultPipeline } from '../pipeline/defaults.ts';
import { savePipeline, stageCounts } from '../pipeline/pipelines.ts';
import { addStage, moveStage, removalTargets, updateStage, withoutStage } from '../pipeline/stages.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { useNav } from './nav.ts';

const BANT = ['budget', 'authority', 'need', 'timeline'] as const;

/** Rename, reorder, add and remove stages (deals of a removed stage are moved), or create another pipeline. */
export function PipelineEditor({ pipelineId, creating }: { pipelineId?: string | undefined; creating: boolean }) {
  const { t } = useI18n();
  const nav = useNav();
  const { pipelines, select } = usePipelines();
  const original = creating ? undefined : pipelines?.find((p) => p.id === pipelineId) ?? pipelines?.[0];
  const [draft, setDraft] = useState<Pipeline | undefined>();
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [newStage, setNewStage] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (draft) return;
    if (creating) setDraft(defaultPipeline(t('pipeline.newName'), (k) => t(k)));
    else if (original) setDraft(structuredClone(original));
  }, [original, creating]);
  const counts = useLiveQuery(() => (original ? stageCounts(getDb(), original) : Promise.resolve({} as Record<string, number>)), [original?.id], {} as Record<string, number>);
  if (!draft) return <p class="hint" aria-busy="true" />;
  const removed = (original?.stages ?? []).filter((s) => !draft.stages.some((d) => d.id === s.id) && (counts[s.id] ?? 0) > 0);

  async function save() {
    if (!draft) return;
    const result = await savePipeline(getDb(), original, draft, targets);
    if (result.ok) {
      select(draft.id);
      nav.close();
    } else if ('needsTarget' in result) setError(t('stages.needsTarget', { stage: original?.stages.find((s) => s.id === result.needsTarget)?.name ?? '' }));
    else setError(result.problems.map((p) => t(`stages.problem.${p}` as MessageKey)).join(' '));
  }

  return (
    <section class="pipeline-editor">
      <button class="link back" onClick={nav.close}>
        ← {t('common.back')}
      </button>
      <h2>{creating ? t('stages.newPipeline') : t('stages.title')}</h2>
      <label class="field">
        <span class="field-label">{t('stages.pipelineName')}</span>
        <input name="pipelineName" value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
      </label>
      <ol class="stage-list">
        {draft.stages.map((s, i) => (
          <li key={s.id} class={`stage-row kind-${s.kind}`} data-stage-id={s.id}>
            <div class="row">
              <input aria-label={t('stages.name')} class="grow" name={`stage-name-${i}`} value={s.name} onInput={(e) => setDraft(updateStage(draft, s.id, { name: e.currentTarget.value }))} />
              <button class="secondary small" aria-label={t('stages.up', { stage: s.name })} disabled={i === 0} onClick={() => setDraft(moveStage(draft, s.id, -1))}>
                ↑
              </button>
              <button class="secondary small" aria-label={t('stages.down', { stage: s.name })} disabled={i === draft.stages.length - 1} onClick={() => setDraft(moveStage(draft, s.id, 1))}>
                ↓
              </button>
              <button class="secondary small danger" aria-label={t('stages.remove', { stage: s.name })} onClick={() => setDraft(withoutStage(draft, s.id))}>
                ✕
              </button>
            </div>
            <div class="row small">
              <select aria-label={t('stages.kind')} value={s.kind} onChange={(e) => setDraft(updateStage(draft, s.id, { kind: e.currentTarget.value as StageKind }))}>
                <option value="open">{t('stages.kind.open')}</option>
                <option value="won">{t('stages.kind.won')}</option>
                <option value="lost">{t('stages.kind.lost')}</option>
              </select>
              <label class="inline">
                <input type="number" min={0} max={100} aria-label={t('stages.probability')} value={Math.round(s.probability * 100)} onInput={(e) => setDraft(updateStage(draft, s.id, { probability: Math.min(100, Math.max(0, Number(e.currentTarget.value) || 0)) / 100 }))} />%
              </label>
              <span class="requires" title={t('stages.requiresHint')}>
                {t('stages.requires')}
                {BANT.map((k) => (
                  <label key={k} class="inline" title={t(`bant.${k}` as MessageKey)}>
                    <input
                      type="checkbox"
                      checked={s.requires.includes(k)}
                      onChange={(e) => setDraft(updateStage(draft, s.id, { requires: e.currentTarget.checked ? [...s.requires, k] : s.requires.filter((r) => r !== k) }))}
                    />
                    {t(`bant.${k}` as MessageKey).slice(0, 1)}
                  </label>
                ))}
              </span>
              {(counts[s.id] ?? 0) > 0 && <span class="muted">{t('stages.deals', { count: counts[s.id] ?? 0 })}</span>}
            </div>
          </li>
        ))}
      </ol>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newStage.trim()) return;
          setDraft(addStage(draft, newStage.trim()));
          setNewStage('');
        }}
      >
        <input class="grow" name="newStage" placeholder={t('stages.newStage')} aria-label={t('stages.newStage')} value={newStage} onInput={(e) => setNewStage(e.currentTarget.value)} />
        <button class="secondary" type="submit">
          {t('stages.add')}
        </button>
      </form>
      {removed.map((s) => {
        const options = removalTargets({ ...draft, stages: [...draft.stages, s] }, s.id);
        return (
          <label key={s.id} class="field move-target">
            <span class="field-label warning">{t('stages.moveDeals', { count: counts[s.id] ?? 0, stage: s.name })}</span>
            <select name={`target-${s.id}`} value={targets[s.id] ?? ''} onChange={(e) => setTargets({ ...targets, [s.id]: e.currentTarget.value })}>
              <option value="">{t('stages.pickTarget')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {!creating && (
          <button class="link" onClick={() => nav.open({ kind: 'new-pipeline' })}>
            {t('stages.addPipeline')}
          </button>
        )}
        <button class="secondary" onClick={nav.close}>
          {t('common.cancel')}
        </button>
        <button class="primary" onClick={() => void save()}>
          {t('common.save')}
        </button>
      </div>
    </section>
  );
}
