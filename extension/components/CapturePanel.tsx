import { useState } from 'preact/hooks';
import { captureState, type CaptureState } from '../capture/state.ts';
import { getDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useStored } from '../hooks/useStored.ts';
import { draftFromCandidate, personFromDraft, type LeadDraft } from '../leads/from-candidate.ts';
import { sendRequest } from '../messaging/send.ts';
import { CandidateForm } from './CandidateForm.tsx';

/** Shows the latest capture's candidates for review and saves the chosen one as a lead. */
export function CapturePanel() {
  const { t } = useI18n();
  const state = useStored<CaptureState | null>(captureState, null);
  const [picked, setPicked] = useState(0);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  useInteractive(true);

  async function save(draft: LeadDraft) {
    if (state?.status !== 'done') return;
    const parsed = personFromDraft(draft, { kind: state.kind, url: state.result.url });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      setError(t('field.invalid', { message: `${issue.path.join('.')}: ${issue.message}` }));
      return;
    }
    await putRecord(getDb(), 'people', parsed.data);
    setError(undefined);
    setSaved(parsed.data.name);
    await captureState.set(null);
    void sendRequest({ type: 'sync' });
  }

  return (
    <section class="capture" aria-live="polite">
      <button class="secondary" onClick={() => void sendRequest({ type: 'capture' })}>
        {t('capture.button')}
      </button>
      {saved && <p class="notice">{t('capture.saved', { name: saved })}</p>}
      {!state && !saved && <p class="hint">{t('capture.hint')}</p>}
      {state?.status === 'running' && <p class="hint">{t('capture.running')}</p>}
      {state?.status === 'error' && (
        <p class="error" role="alert">
          {t(state.error === 'capture-blocked' ? 'capture.error.capture-blocked' : 'capture.error.capture-failed')}
        </p>
      )}
      {state?.status === 'done' && state.result.candidates.length === 0 && <p class="hint">{t('capture.none')}</p>}
      {state?.status === 'done' && state.result.candidates.length > 0 && (
        <>
          {state.result.candidates.length > 1 && (
            <div class="picker" role="listbox" aria-label={t('capture.found', { count: state.result.candidates.length })}>
              <p>{t('capture.found', { count: state.result.candidates.length })}</p>
              {state.result.candidates.map((c, i) => (
                <button key={i} role="option" aria-selected={i === picked} class={i === picked ? 'chip active' : 'chip'} onClick={() => setPicked(i)}>
                  {c.name ?? c.company ?? '?'}
                  {c.title ? ` · ${c.title}` : ''}
                </button>
              ))}
            </div>
          )}
          <CandidateForm
            key={`${state.startedAt}-${picked}`}
            candidate={state.result.candidates[picked]!}
            initial={draftFromCandidate(state.result.candidates[picked]!)}
            error={error}
            onSave={(d) => void save(d)}
          />
        </>
      )}
    </section>
  );
}
