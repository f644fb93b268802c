import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { useStored } from '../hooks/useStored.ts';
import { DEFAULT_HYGIENE, HygieneSettingsSchema, hygieneSettings, type HygieneSettings } from '../pipeline/hygiene-settings.ts';

type Draft = { followUps: string; days: string };
const draftOf = (s: HygieneSettings): Draft => ({ followUps: String(s.maxUnansweredFollowUps), days: String(s.maxIdleDays) });
const parse = (d: Draft) =>
  d.followUps.trim() && d.days.trim() ? HygieneSettingsSchema.safeParse({ maxUnansweredFollowUps: Number(d.followUps), maxIdleDays: Number(d.days) }).data : undefined;

/** The rep's thresholds for dead-lead suggestions in the Today view: checked as typed, saved when valid. */
export function HygieneSetting() {
  const { t } = useI18n();
  const stored = useStored(hygieneSettings, DEFAULT_HYGIENE);
  const [draft, setDraft] = useState(() => draftOf(stored));
  // The draft follows the stored thresholds only when they change from elsewhere (another side panel, the first
  // read): not on mount (an effect runs after the first paint and would wipe what was typed meanwhile), and not
  // for values saved from here, which come back through the storage watch after newer typing.
  const seen = useRef(JSON.stringify(stored));
  const saved = useRef<string>();
  useEffect(() => {
    const now = JSON.stringify(stored);
    if (now !== seen.current && now !== saved.current) setDraft(draftOf(stored));
    seen.current = now;
  }, [stored]);
  const valid = parse(draft);

  function edit(next: Draft) {
    setDraft(next);
    const settings = parse(next);
    if (!settings) return;
    saved.current = JSON.stringify(settings);
    void hygieneSettings.set(settings as HygieneSettings);
  }

  return (
    <section class="settings hygiene-setting">
      <h2>{t('settings.hygiene.title')}</h2>
      <p class="muted small">{t('settings.hygiene.hint')}</p>
      <div class="row wrap">
        <label class="field">
          <span class="field-label">{t('settings.hygiene.followUps')}</span>
          <input type="number" name="maxUnansweredFollowUps" min={1} max={50} value={draft.followUps} onInput={(e) => edit({ ...draft, followUps: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span class="field-label">{t('settings.hygiene.idleDays')}</span>
          <input type="number" name="maxIdleDays" min={1} max={730} value={draft.days} onInput={(e) => edit({ ...draft, days: e.currentTarget.value })} />
        </label>
      </div>
      {!valid && (
        <p class="error" role="alert">
          {t('settings.hygiene.invalid')}
        </p>
      )}
    </section>
  );
}
