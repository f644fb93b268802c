import { COLLECTIONS, type Collection, type Pipeline } from '@pipeclip/shared';
import { getDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { useI18n, type I18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import type { MessageKey } from '../i18n/index.ts';

const PERSON_LABELS: Record<string, MessageKey> = { name: 'field.name', title: 'field.title', companyName: 'field.company', emails: 'field.emails', phones: 'field.phones', urls: 'field.urls', address: 'field.address' };
const DEAL_LABELS: Record<string, MessageKey> = { title: 'deal.title', value: 'deal.value', stageId: 'deal.stage', probability: 'deal.probability', expectedCloseAt: 'deal.expectedClose', ownerId: 'deal.owner' };
const LABELS: Partial<Record<string, Record<string, MessageKey>>> = { people: PERSON_LABELS, deals: DEAL_LABELS };

type Rec = Record<string, unknown> | undefined;

/** A value as the rep knows it: an amount in the deal's currency, a date, a stage by name; never raw JSON if avoidable. */
function show(field: string, value: unknown, record: Rec, stages: Pipeline['stages'] | undefined, fmt: I18n['fmt']): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number' && field === 'value') return fmt.money(value, typeof record?.['currency'] === 'string' ? record['currency'] : 'EUR');
  if (typeof value === 'number' && field === 'probability') return fmt.percent(value);
  if (typeof value === 'number' && field.endsWith('At')) return fmt.date(value);
  if (field === 'stageId' && typeof value === 'string') return stages?.find((s) => s.id === value)?.name ?? value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 80);
}

/** The rep's edits that lost to a teammate's later write: shown, never silently dropped, and restorable. */
export function ConflictList() {
  const { t, fmt } = useI18n();
  const db = getDb();
  const conflicts = useLiveQuery(
    async () => {
      const open = await db.conflicts.filter((c) => !c.seen).toArray();
      return Promise.all(
        open.map(async (c) => {
          const rec = (await db.table(c.collection).get(c.recordId).catch(() => undefined)) as Rec;
          const pipeline = c.field === 'stageId' && typeof rec?.['pipelineId'] === 'string' ? await db.pipelines.get(rec['pipelineId']) : undefined;
          return { ...c, rec, stages: pipeline?.stages, label: String(rec?.['name'] ?? rec?.['title'] ?? c.recordId.slice(-6)) };
        }),
      );
    },
    [],
    [],
  );
  if (conflicts.length === 0) return null;

  async function keepMine(id: number, collection: string, recordId: string, field: string, value: unknown) {
    if (collection in COLLECTIONS) {
      const table = db.table(collection);
      const current = (await table.get(recordId)) as ({ id: string } & Record<string, unknown>) | undefined;
      if (current) await putRecord(db, collection as Collection, { ...current, [field]: value, updatedAt: Date.now() }, { [field]: value, updatedAt: Date.now() });
    }
    await db.conflicts.update(id, { seen: true });
  }

  return (
    <section class="conflicts" role="status">
      <p class="error">{t('conflict.count', { count: conflicts.length })}</p>
      <ul>
        {conflicts.slice(0, 5).map((c) => (
          <li key={c.id} class="conflict" data-field={c.field}>
            <span>
              {t('conflict.item', {
                field: LABELS[c.collection]?.[c.field] ? t(LABELS[c.collection]![c.field]!) : c.field,
                record: c.label,
                mine: show(c.field, c.lostValue, c.rec, c.stages, fmt),
                theirs: show(c.field, c.wonValue, c.rec, c.stages, fmt),
              })}
            </span>
            <button class="link" onClick={() => void keepMine(c.id!, c.collection, c.recordId, c.field, c.lostValue)}>
              {t('conflict.keepMine')}
            </button>{' '}
            <button class="link" onClick={() => void db.conflicts.update(c.id!, { seen: true })}>
              {t('conflict.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
