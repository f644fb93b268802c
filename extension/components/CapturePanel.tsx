import type { Candidate, DuplicateMatch } from '@pipeclip/shared/capture';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '../capture/access.ts';
import { captureEml } from '../capture/eml.ts';
import { captureState, type CaptureState } from '../capture/state.ts';
import { getDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { useStored } from '../hooks/useStored.ts';
import { draftFromCandidate, draftProblem, personFromDraft, type LeadDraft } from '../leads/from-candidate.ts';
import { sendRequest } from '../messaging/send.ts';
import { duplicatesOf, mergeIntoLead } from '../pipeline/duplicates.ts';
import { CandidateForm } from './CandidateForm.tsx';

const ERRORS: Record<string, 'capture.error.capture-blocked' | 'capture.error.capture-not-allowed' | 'capture.error.eml-unreadable'> = {
  'capture-blocked': 'capture.error.capture-blocked',
  'capture-not-allowed': 'capture.error.capture-not-allowed',
  'eml-unreadable': 'capture.error.eml-unreadable',
};

/** What a candidate chip says: who it is, else what it holds (a branch's card may give only its town and phone). */
function chipLabel(c: Candidate): string {
  const place = c.address && (c.address.locality ?? c.address.street ?? c.address.full);
  return c.name ?? c.company ?? place ?? c.emails[0] ?? c.phones[0] ?? c.urls[0] ?? '?';
}

/** Shows the latest capture's candidates for review, flags a likely duplicate, and saves or merges the chosen one. */
export function CapturePanel() {
  const { t } = useI18n();
  const state = useStored<CaptureState | null>(captureState, null);
  const [picked, setPicked] = useState(0);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  useInteractive(true);
  // A new capture starts with its first candidate, whatever was picked in the previous one.
  const startedAt = state?.startedAt;
  useEffect(() => setPicked(0), [startedAt]);
  const candidate = state?.status === 'done' ? (state.result.candidates[picked] ?? state.result.candidates[0]) : undefined;
  const duplicates = useLiveQuery(() => (candidate ? duplicatesOf(getDb(), candidate) : Promise.resolve([] as DuplicateMatch[])), [candidate], [] as DuplicateMatch[]);

  function parse(draft: LeadDraft) {
    if (state?.status !== 'done') return undefined;
    const parsed = personFromDraft(draft, { kind: state.kind, url: state.result.url }, Date.now(), candidate);
    if (parsed.success) return parsed.data;
    const problem = draftProblem(draft, parsed.error.issues[0]!);
    setError(problem.field === 'other' ? t('field.invalid', { message: problem.path }) : t(`field.problem.${problem.field}`, problem.field === 'name' ? {} : { value: problem.value }));
    return undefined;
  }

  async function dropEml(e: DragEvent) {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    const startedAt = Date.now();
    try {
      await captureState.set({ status: 'done', kind: 'email', startedAt, result: await captureEml(file) });
    } catch {
      await captureState.set({ status: 'error', error: 'eml-unreadable', startedAt });
    }
  }

  /** Asks the browser for every site, straight from the click (it asks only inside a user gesture), then clips. */
  function allowAllSites() {
    void browser.permissions.request({ origins: ALL_SITES }).then(async (granted) => {
      if (granted) await sendRequest({ type: 'capture' });
    });
  }

  async function finish(name: string) {
    setError(undefined);
    setSaved(name);
    await captureState.set(null);
    void sendRequest({ type: 'sync' });
  }

  async function save(draft: LeadDraft) {
    const person = parse(draft);
    if (!person) return;
    await putRecord(getDb(), 'people', person);
    await finish(person.name);
  }

  async function merge(draft: LeadDraft, match: DuplicateMatch) {
    const person = parse(draft);
    if (!person) return;
    const merged = await mergeIntoLead(getDb(), match.person, person);
    await finish(merged.name);
  }

  return (
    <section class="capture" aria-live="polite" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void dropEml(e)}>
      <button class="secondary" onClick={() => void sendRequest({ type: 'capture' })}>
        {t('capture.button')}
      </button>
      {saved && <p class="notice">{t('capture.saved', { name: saved })}</p>}
      {!state && !saved && <p class="hint">{t('capture.hint')}</p>}
      {state?.status === 'running' && <p class="hint">{t('capture.running')}</p>}
      {state?.status === 'error' && (
        <p class={state.error === 'capture-not-allowed' ? 'instruction' : 'error'} role="alert">
          {t(ERRORS[state.error] ?? 'capture.error.capture-failed')}
        </p>
      )}
      {state?.status === 'error' && state.error === 'capture-not-allowed' && (
        <div class="allow-sites">
          <button class="secondary" onClick={allowAllSites}>
            {t('capture.allowSites')}
          </button>
          <span class="hint">{t('capture.allowSitesHint')}</span>
        </div>
      )}
      {state?.status === 'done' &&
        state.result.notices
          .filter((n) => n.endsWith('-layout-unrecognised'))
          .map((n) => (
            <p key={n} class="error" role="alert">
              {t(n.startsWith('gmail') ? 'capture.notice.gmail-layout-unrecognised' : 'capture.notice.outlook-layout-unrecognised')}
            </p>
          ))}
      {state?.status === 'done' && state.result.notices.some((n) => n.startsWith('mail:')) && state.result.title && (
        <p class="muted subject">{t('capture.subject', { subject: state.result.title })}</p>
      )}
      {!state && <p class="hint drop-hint">{t('capture.dropEml')}</p>}
      {state?.status === 'done' && state.result.candidates.length === 0 && <p class="hint">{t('capture.none')}</p>}
      {state?.status === 'done' && state.result.truncated && <p class="hint">{t('capture.truncated')}</p>}
      {state?.status === 'done' && candidate && (
        <>
          {state.result.candidates.length > 1 && (
            <div class="picker" role="listbox" aria-label={t('capture.found', { count: state.result.candidates.length })}>
              <p>{t('capture.found', { count: state.result.candidates.length })}</p>
              {state.result.candidates.map((c, i) => (
                <button key={i} role="option" aria-selected={i === picked} class={i === picked ? 'chip active' : 'chip'} onClick={() => setPicked(i)}>
                  {chipLabel(c)}
                  {c.title ? ` · ${c.title}` : ''}
                </button>
              ))}
            </div>
          )}
          <CandidateForm
            key={`${state.startedAt}-${picked}`}
            candidate={candidate}
            initial={draftFromCandidate(candidate)}
            error={error}
            duplicates={duplicates}
            onSave={(d) => void save(d)}
            onMerge={(d, m) => void merge(d, m)}
          />
        </>
      )}
    </section>
  );
}
