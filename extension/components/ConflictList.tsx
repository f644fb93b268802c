import { COLLECTIONS, type Collection } from '@pipeclip/shared';
import { getDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import type { MessageKey } from '../i18n/index.ts';

const FIELD_LABELS: Record<string, MessageKey> = { name: 'field.name', title: 'field.title', companyName: 'field.company', emails: 'field.emails', phones: 'field.phones', urls: 'field.urls', address: 'field.address' };

const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 80);

/** The rep's edits that lost to a teammate's later write: shown, never silently dropped, and restorable. */
export function ConflictList() {
  const { t } = useI18n();
  const db = getDb();
  const conflicts = useLiveQuery(
    async () => {
      const open = await db.conflicts.filter((c) => !c.seen).toArray();
      return Promise.all(
        open.map(async (c) => {
          const rec = (await db.table(c.collection).get(c.recordId).catch(() => undefined)) as Record<string, unknown> | undefined;
          return { ...c, label: String(rec?.['name'] ?? rec?.['title'] ?? c.recordId.slice(-6)) };
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
            <span>{t('conflict.item', { field: FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field]!) : c.field, record: c.label, mine: show(c.lostValue), theirs: show(c.wonValue) })}</span>
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
