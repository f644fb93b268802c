import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';

const REASONS = ['price', 'competitor', 'noBudget', 'noDecision', 'timing', 'noAnswer'] as const;

/** Asks why a deal was lost before it is closed as lost: a common reason or the rep's own words. */
export function LostReasonDialog({ title, onConfirm, onCancel }: { title: string; onConfirm(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  return (
    <dialog ref={ref} class="lost-dialog" aria-labelledby="lost-title" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <h2 id="lost-title">{t('lost.title', { title })}</h2>
        <p class="hint">{t('lost.ask')}</p>
        <div class="chips">
          {REASONS.map((r) => {
            const text = t(`lost.reason.${r}` as MessageKey);
            return (
              <button type="button" key={r} class={reason === text ? 'chip active' : 'chip'} onClick={() => setReason(text)}>
                {text}
              </button>
            );
          })}
        </div>
        <label class="field">
          <span class="field-label">{t('lost.reason')}</span>
          <input name="lostReason" value={reason} required onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="button" class="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="primary danger" disabled={!reason.trim()}>
            {t('lost.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
