import type { Deal, Person, Pipeline } from '@pipeclip/shared';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { scoresFor } from '../pipeline/scores.ts';
import { useOwnerName } from '../pipeline/use-members.ts';
import { useNav } from './nav.ts';

type Sort = 'score' | 'value' | 'followUp' | 'age';
const LIMIT = 100;

interface Filters {
  stage: string;
  owner: string;
  source: string;
  tag: string;
  q: string;
}

/** Deals as a sortable, filterable list; each sort reads an index, so the first rows come from a bounded query. */
export function DealList({ pipeline }: { pipeline: Pipeline }) {
  const { t, fmt, stage: localStage } = useI18n();
  const nav = useNav();
  const ownerName = useOwnerName();
  const [sort, setSort] = useState<Sort>('value');
  const [f, setF] = useState<Filters>({ stage: '', owner: '', source: '', tag: '', q: '' });
  const data = useLiveQuery(async () => {
    const db = getDb();
    const q = f.q.trim().toLowerCase();
    const keep = (d: Deal) =>
      d.pipelineId === pipeline.id && !d.deletedAt && (!f.stage || d.stageId === f.stage) && (!f.owner || (d.ownerId ?? '-') === f.owner) && (!f.source || d.source === f.source) && (!f.tag || d.tags.includes(f.tag)) && (!q || d.title.toLowerCase().includes(q));
    const base = sort === 'value' ? db.deals.orderBy('value').reverse() : sort === 'followUp' ? db.deals.orderBy('nextFollowUpAt') : sort === 'age' ? db.deals.orderBy('createdAt') : db.deals.orderBy('updatedAt').reverse();
    const deals = await base.filter(keep).limit(sort === 'score' ? LIMIT * 5 : LIMIT).toArray();
    const people = (await db.people.bulkGet([...new Set(deals.flatMap((d) => (d.personId ? [d.personId] : [])))])).filter((p): p is Person => !!p);
    const scores = await scoresFor(db, people);
    const personOf = new Map(people.map((p) => [p.id, p]));
    const rows = deals.map((d) => ({ deal: d, person: d.personId ? personOf.get(d.personId) : undefined, score: d.personId ? scores.get(d.personId)?.score : undefined }));
    if (sort === 'score') rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    const facets = await db.deals.orderBy('updatedAt').reverse().limit(500).toArray();
    return { rows: rows.slice(0, LIMIT), sources: [...new Set(facets.flatMap((d) => (d.source ? [d.source] : [])))], tags: [...new Set(facets.flatMap((d) => d.tags))], owners: [...new Set(facets.map((d) => d.ownerId ?? '-'))] };
  }, [pipeline, sort, f.stage, f.owner, f.source, f.tag, f.q], undefined);
  const set = (k: keyof Filters) => (e: Event) => setF({ ...f, [k]: (e.currentTarget as HTMLInputElement).value });
  const stageName = (id: string) => ((s) => (s ? localStage(s) : id))(pipeline.stages.find((s) => s.id === id));

  return (
    <section class="deal-list-view">
      <div class="filters">
        <input type="search" placeholder={t('list.search')} aria-label={t('list.search')} value={f.q} onInput={set('q')} />
        <label>
          {t('list.sort')}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
            <option value="score">{t('list.sort.score')}</option>
            <option value="value">{t('list.sort.value')}</option>
            <option value="followUp">{t('list.sort.followUp')}</option>
            <option value="age">{t('list.sort.age')}</option>
          </select>
        </label>
        <select aria-label={t('list.stage')} value={f.stage} onChange={set('stage')}>
          <option value="">{t('list.allStages')}</option>
          {pipeline.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {localStage(s)}
            </option>
          ))}
        </select>
        <select aria-label={t('list.owner')} value={f.owner} onChange={set('owner')}>
          <option value="">{t('list.allOwners')}</option>
          {data?.owners.map((o) => (
            <option key={o} value={o}>
              {ownerName(o === '-' ? undefined : o)}
            </option>
          ))}
        </select>
        <select aria-label={t('list.source')} value={f.source} onChange={set('source')}>
          <option value="">{t('list.allSources')}</option>
          {data?.sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select aria-label={t('list.tag')} value={f.tag} onChange={set('tag')}>
          <option value="">{t('list.allTags')}</option>
          {data?.tags.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {data && data.rows.length === 0 && <p class="hint">{t('list.empty')}</p>}
      <table class="deal-table">
        <thead>
          <tr>
            <th>{t('deal.title')}</th>
            <th>{t('deal.stage')}</th>
            <th class="num">{t('deal.value')}</th>
            <th class="num">{t('lead.score')}</th>
            <th>{t('deal.nextFollowUp')}</th>
          </tr>
        </thead>
        <tbody>
          {data?.rows.map(({ deal, person, score }) => (
            <tr key={deal.id} class="deal-row" data-deal-id={deal.id} tabIndex={0} onClick={() => nav.open({ kind: 'deal', id: deal.id })} onKeyDown={(e) => e.key === 'Enter' && nav.open({ kind: 'deal', id: deal.id })}>
              <td>
                {deal.title}
                {person && <small class="muted"> · {person.name}</small>}
                {deal.ownerId && <small class="muted deal-owner"> · {ownerName(deal.ownerId)}</small>}
              </td>
              <td>{stageName(deal.stageId)}</td>
              <td class="num">{fmt.money(deal.value, deal.currency)}</td>
              <td class="num">{score ?? '–'}</td>
              <td>{deal.nextFollowUpAt ? fmt.date(deal.nextFollowUpAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
