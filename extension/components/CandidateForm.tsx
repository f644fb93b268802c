import { useState } from 'preact/hooks';
import { isStrongMatch, type Candidate, type DuplicateMatch } from '@pipeclip/shared/capture';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { LeadDraft } from '../leads/from-candidate.ts';

const FIELDS: { key: keyof LeadDraft; label: MessageKey; source: string; multiline?: boolean }[] = [
  { key: 'name', label: 'field.name', source: 'name' },
  { key: 'title', label: 'field.title', source: 'title' },
  { key: 'company', label: 'field.company', source: 'company' },
  { key: 'emails', label: 'field.emails', source: 'emails' },
  { key: 'phones', label: 'field.phones', source: 'phones' },
  { key: 'urls', label: 'field.urls', source: 'urls' },
  { key: 'address', label: 'field.address', source: 'address', multiline: true },
];

interface Props {
  candidate: Candidate;
  initial: LeadDraft;
  error?: string | undefined;
  /** Existing leads this candidate probably is, strongest first: offered for a merge. */
  duplicates?: DuplicateMatch[];
  onSave(draft: LeadDraft): void;
  onMerge?(draft: LeadDraft, match: DuplicateMatch): void;
}

/** The editable review form: every value is plain text, with the source it was found in. */
export function CandidateForm({ candidate, initial, error, duplicates = [], onSave, onMerge }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  return (
    <form
      class="candidate-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      {FIELDS.map(({ key, label, source, multiline }) => {
        const from = candidate.sources[source];
        const props = {
          id: `field-${key}`,
          name: key,
          value: draft[key],
          onInput: (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value }),
        };
        return (
          <label key={key} class="field">
            <span class="field-label">
              {t(label)}
              {from && <small class="field-source">{t('capture.source', { source: t(`capture.from.${from}` as MessageKey) })}</small>}
            </span>
            {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
          </label>
        );
      })}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {duplicates.slice(0, 3).map((m) => (
        <div key={m.person.id} class="duplicate" role="note">
          <p class="warning">
            {t('capture.duplicate', { name: m.person.name, reason: m.reasons.map((r) => t(`duplicate.${r}` as MessageKey)).join(', ') })}
          </p>
          {onMerge && (
            <button type="button" class={isStrongMatch(m) ? 'primary merge' : 'secondary merge'} onClick={() => onMerge(draft, m)}>
              {t('capture.merge', { name: m.person.name })}
            </button>
          )}
        </div>
      ))}
      {/* Merging comes first only on strong evidence (the same e-mail or profile); a shared phone leaves saving first. */}
      <button type="submit" class={duplicates.some(isStrongMatch) ? 'secondary' : 'primary'} title={duplicates.length ? t('capture.saveAnyway') : undefined}>
        {t('capture.save')}
      </button>
    </form>
  );
}
