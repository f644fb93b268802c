/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { CrossRepDuplicate } from '../services/duplicates.ts';
import type { Formats } from './format.ts';
import { BackField } from './Manage.tsx';

export interface DealRow {
  id: string;
  title: string;
  value: number;
  currency: string;
  stage: string;
  status: 'open' | 'won' | 'lost';
  ownerId: string | null;
}

type Member = { id: string; name: string };

/** The latest deals the caller may see; a manager can assign each to another rep. */
export function DealsPage({ deals, members, manager, f }: { deals: DealRow[]; members: Member[]; manager: boolean; f: Formats }) {
  const { t } = f;
  const names = new Map(members.map((m) => [m.id, m.name]));
  // Two leads of the same name are told apart by whose they are.
  const label = (p: CrossRepDuplicate['people'][number]) => `${p.name ?? ''} · ${p.ownerId ? (names.get(p.ownerId) ?? t('common.none')) : t('duplicates.unowned')}`;
  return (
    <section class="card">
      <h1>{manager ? t('deals.title') : t('deals.titleMine')}</h1>
      <p class="hint">{t('deals.intro')} <a href="/">{t('common.back')}</a></p>
      {deals.length === 0 ? <p>{t('deals.none')}</p> : (
        <div class="scroll">
          <table>
            <thead>
              <tr><th>{t('deals.deal')}</th><th>{t('deals.stage')}</th><th>{t('deals.status')}</th><th class="num">{t('deals.value')}</th><th>{t('deals.owner')}</th>{manager ? <th>{t('deals.reassign')}</th> : null}</tr>
            </thead>
            <tbody>
              {deals.map((d) => (
                <tr>
                  <td class="deal-title">{d.title}</td>
                  <td>{d.stage}</td>
                  <td>{t(`status.${d.status}`)}</td>
                  <td class="num">{f.moneyIn(d.value, d.currency)}</td>
                  <td>{d.ownerId ? (names.get(d.ownerId) ?? t('common.none')) : t('common.none')}</td>
                  {manager ? (
                    <td>
                      <form class="inline" method="post" action="/dashboard/reassign">
                        <BackField back="/dashboard/deals" />
                        <input type="hidden" name="recordId" value={d.id} />
                        <select name="ownerId" aria-label={t('deals.reassign')}>
                          {members.map((m) => <option value={m.id} selected={m.id === d.ownerId}>{m.name}</option>)}
                        </select>
                        <button class="secondary" type="submit">{t('deals.reassign')}</button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Leads several reps work: same email or company domain, each group with a merge form. */
export function DuplicatesPage({ groups, members, f }: { groups: CrossRepDuplicate[]; members: Member[]; f: Formats }) {
  const { t } = f;
  const names = new Map(members.map((m) => [m.id, m.name]));
  // Two leads of the same name are told apart by whose they are.
  const label = (p: CrossRepDuplicate['people'][number]) => `${p.name ?? ''} · ${p.ownerId ? (names.get(p.ownerId) ?? t('common.none')) : t('duplicates.unowned')}`;
  return (
    <section class="card">
      <h1>{t('duplicates.title')}</h1>
      <p class="hint"><a href="/">{t('common.back')}</a></p>
      {groups.length === 0 ? <p>{t('duplicates.none')}</p> : groups.map((g) => (
        <div class="dup">
          <strong>{t(`duplicates.kind.${g.kind}`)}: {g.key}</strong>
          <ul>
            {g.people.map((p) => (
              <li class="lead-name">{p.name}{p.companyName ? ` (${p.companyName})` : ''} · <span class="muted">{p.ownerId ? (names.get(p.ownerId) ?? t('common.none')) : t('duplicates.unowned')}</span></li>
            ))}
          </ul>
          <form class="inline" method="post" action="/dashboard/merge">
            <BackField back="/dashboard/duplicates" />
            <label>{t('duplicates.keep')}{' '}
              <select name="keepId">{g.people.map((p, i) => <option value={p.id} selected={i === 0}>{label(p)}</option>)}</select>
            </label>
            <label>{t('duplicates.drop')}{' '}
              <select name="dropId">{g.people.map((p, i) => <option value={p.id} selected={i === 1}>{label(p)}</option>)}</select>
            </label>
            <button type="submit">{t('duplicates.merge')}</button>
          </form>
        </div>
      ))}
    </section>
  );
}
