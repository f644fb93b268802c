import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';

/** The rep's leads, newest first, filtered as they type. */
export function LeadList() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const loaded = useLiveQuery(() => getDb().people.orderBy('updatedAt').reverse().limit(200).toArray(), [], undefined);
  useInteractive(loaded !== undefined);
  const people = loaded ?? [];
  const q = query.trim().toLowerCase();
  const shown = q ? people.filter((p) => `${p.name} ${p.companyName ?? ''} ${p.emails.join(' ')}`.toLowerCase().includes(q)) : people;
  return (
    <section class="leads">
      <input type="search" placeholder={t('leads.search')} aria-label={t('leads.search')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="count">{t('leads.count', { count: shown.length })}</p>
      {people.length === 0 && <p class="hint">{t('leads.empty')}</p>}
      <ul class="lead-list">
        {shown.map((p) => (
          <li key={p.id} class="lead" data-lead-id={p.id}>
            <strong class="lead-name">{p.name}</strong>
            {(p.title || p.companyName) && <span class="lead-meta">{[p.title, p.companyName].filter(Boolean).join(' · ')}</span>}
            {p.emails[0] && <span class="lead-email">{p.emails[0]}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
