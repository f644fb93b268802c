import type { Person, SourceKind } from '@pipeclip/shared';
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import type { MessageKey } from '../i18n/index.ts';
import { scoresFor } from '../pipeline/scores.ts';
import { useNav } from './nav.ts';
import { scoreExplanation } from './score-text.ts';

type Sort = 'recent' | 'score' | 'name';
const SOURCES: SourceKind[] = ['web', 'selection', 'email', 'import', 'manual'];
const LIMIT = 200;

/** The rep's leads, newest first or by score (with the reason), filtered by source and tag, searched as they type. */
export function LeadList() {
  const { t } = useI18n();
  const nav = useNav();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('recent');
  const [source, setSource] = useState('');
  const [tag, setTag] = useState('');
  // The search runs in the database over every lead (not only the ones listed), a moment after the last keystroke.
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.trim().toLowerCase()), 150);
    return () => clearTimeout(timer);
  }, [query]);
  const loaded = useLiveQuery(async () => {
    const db = getDb();
    const matches = (p: Person) => !searched || `${p.name} ${p.companyName ?? ''} ${p.emails.join(' ')}`.toLowerCase().includes(searched);
    const keep = (p: Person) => !p.deletedAt && (!source || p.source.kind === source) && matches(p);
    const base = tag ? db.people.where('tags').equals(tag) : sort === 'name' ? db.people.orderBy('name') : db.people.orderBy('updatedAt').reverse();
    const people = await base.filter(keep).limit(sort === 'score' ? LIMIT * 5 : LIMIT).toArray();
    const scores = await scoresFor(db, people);
    if (sort === 'score') people.sort((a, b) => scores.get(b.id)!.score - scores.get(a.id)!.score);
    const tags = [...new Set((await db.people.orderBy('updatedAt').reverse().limit(500).toArray()).flatMap((p) => p.tags))].sort();
    return { people: people.slice(0, LIMIT), scores, tags };
  }, [sort, source, tag, searched], undefined);
  useInteractive(loaded !== undefined);
  const people = loaded?.people ?? [];
  const shown = people;
  return (
    <section class="leads">
      <input type="search" placeholder={t('leads.search')} aria-label={t('leads.search')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <div class="filters">
        <label>
          {t('list.sort')}
          <select name="leadSort" value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
            <option value="recent">{t('leads.sort.recent')}</option>
            <option value="score">{t('list.sort.score')}</option>
            <option value="name">{t('leads.sort.name')}</option>
          </select>
        </label>
        <select aria-label={t('list.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)}>
          <option value="">{t('list.allSources')}</option>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}` as MessageKey)}
            </option>
          ))}
        </select>
        <select aria-label={t('list.tag')} value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
          <option value="">{t('list.allTags')}</option>
          {loaded?.tags.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <p class="count">{shown.length >= LIMIT ? t('leads.countFirst', { count: shown.length }) : t('leads.count', { count: shown.length })}</p>
      {loaded && people.length === 0 && !tag && !source && !searched && <p class="hint">{t('leads.empty')}</p>}
      <ul class="lead-list">
        {shown.map((p) => {
          const score = loaded?.scores.get(p.id);
          return (
            <li key={p.id} class="lead" data-lead-id={p.id} tabIndex={0} onClick={() => nav.open({ kind: 'lead', id: p.id })} onKeyDown={(e) => e.key === 'Enter' && nav.open({ kind: 'lead', id: p.id })}>
              <span class="lead-top">
                <strong class="lead-name">{p.name}</strong>
                {score && (
                  <span class="score" aria-label={t('lead.scoreLabel', { score: score.score })}>
                    {score.score}
                  </span>
                )}
              </span>
              {(p.title || p.companyName) && <span class="lead-meta">{[p.title, p.companyName].filter(Boolean).join(' · ')}</span>}
              {p.emails[0] && <span class="lead-email">{p.emails[0]}</span>}
              {score && <span class="lead-why">{scoreExplanation(t, score)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
