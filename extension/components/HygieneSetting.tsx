import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { useStored } from '../hooks/useStored.ts';
import { DEFAULT_HYGIENE, HygieneSettingsSchema, hygieneSettings, type HygieneSettings } from '../pipeline/hygiene-settings.ts';

/** The rep's thresholds for dead-lead suggestions in the Today view. */
export function HygieneSetting() {
  const { t } = useI18n();
  const stored = useStored(hygieneSettings, DEFAULT_HYGIENE);
  const [draft, setDraft] = useState({ followUps: String(stored.maxUnansweredFollowUps), days: String(stored.maxIdleDays) });
  const [error, setError] = useState('');
  useEffect(() => setDraft({ followUps: String(stored.maxUnansweredFollowUps), days: String(stored.maxIdleDays) }), [stored]);

  function save(next: typeof draft) {
    setDraft(next);
    const parsed = HygieneSettingsSchema.safeParse({ maxUnansweredFollowUps: Number(next.followUps), maxIdleDays: Number(next.days) });
    if (!parsed.success || !next.followUps.trim() || !next.days.trim()) return setError(t('settings.hygiene.invalid'));
    setError('');
    void hygieneSettings.set(parsed.data as HygieneSettings);
  }

  return (
    <section class="settings hygiene-setting">
      <h2>{t('settings.hygiene.title')}</h2>
      <p class="muted small">{t('settings.hygiene.hint')}</p>
      <div class="row wrap">
        <label class="field">
          <span class="field-label">{t('settings.hygiene.followUps')}</span>
          <input type="number" name="maxUnansweredFollowUps" min={1} max={50} value={draft.followUps} onChange={(e) => save({ ...draft, followUps: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span class="field-label">{t('settings.hygiene.idleDays')}</span>
          <input type="number" name="maxIdleDays" min={1} max={730} value={draft.days} onChange={(e) => save({ ...draft, days: e.currentTarget.value })} />
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
