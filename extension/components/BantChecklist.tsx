import type { Bant } from '@pipeclip/shared';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';

const KEYS = ['budget', 'authority', 'need', 'timeline'] as const;

/** The BANT qualification checklist: budget, authority, need, timeline. */
export function BantChecklist({ value, onChange, required = [] }: { value: Bant; onChange(next: Bant): void; required?: readonly string[] }) {
  const { t } = useI18n();
  return (
    <fieldset class="bant">
      <legend>{t('bant.title')}</legend>
      {KEYS.map((k) => (
        <label key={k} class="check" title={t(`bant.${k}.hint` as MessageKey)}>
          <input type="checkbox" name={`bant-${k}`} checked={value[k]} onChange={(e) => onChange({ ...value, [k]: e.currentTarget.checked })} />
          {t(`bant.${k}` as MessageKey)}
          {required.includes(k) && !value[k] && <small class="muted"> · {t('bant.neededNext')}</small>}
        </label>
      ))}
    </fieldset>
  );
}
