import { parseBackup, serializeBackup, type Backup } from '@pipeclip/shared/csv';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';
import { writeMany } from '../pipeline/import.ts';
import { planningEntries, restorePlanning } from '../pipeline/metrics-store.ts';
import { download } from './download.ts';

/** A full JSON backup, and a restore that validates the whole file before writing anything. */
export function BackupPanel() {
  const { t, fmt } = useI18n();
  const [pending, setPending] = useState<Backup>();
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<[number, number]>();
  const [done, setDone] = useState('');
  return (
    <section class="backup card">
      <h2>{t('backup.title')}</h2>
      <p class="hint">{t('backup.hint')}</p>
      <div class="row wrap">
        <button class="secondary" onClick={async () => {
          const db = getDb();
          const [people, companies, deals, activities, pipelines, planning] = await Promise.all([db.people.toArray(), db.companies.toArray(), db.deals.toArray(), db.activities.toArray(), db.pipelines.toArray(), planningEntries(db)]);
          download(`pipeclip-backup-${new Date().toISOString().slice(0, 10)}.json`, serializeBackup({ people, companies, deals, activities, pipelines, planning }, Date.now()), 'application/json');
        }}>
          {t('backup.download')}
        </button>
        <label class="secondary file-button">
          {t('backup.restoreFrom')}
          <input
            type="file"
            name="backupFile"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              setDone('');
              if (!file) return;
              const result = parseBackup(await file.text());
              if (!result.ok) {
                setPending(undefined);
                // The records at fault by path ("deals[3].value"): the same in every language, unlike zod's wording.
                const issues = result.error.code === 'invalidRecords' ? result.error.issues : [];
                const detail = issues.slice(0, 5).map((i) => i.path).join(', ') + (issues.length > 5 ? ` (+${issues.length - 5})` : '');
                return setError(t(`backup.error.${result.error.code}` as MessageKey, { detail }));
              }
              setError('');
              setPending(result.backup);
            }}
          />
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div class="confirm">
          <p>
            {t('backup.contains', {
              when: fmt.dateTime(pending.exportedAt),
              people: pending.people.length,
              deals: pending.deals.length,
              activities: pending.activities.length,
              pipelines: pending.pipelines.length,
            })}
          </p>
          <p class="muted small">{t('backup.merge')}</p>
          <button class="primary" onClick={async () => {
            const b = pending;
            setPending(undefined);
            const r = await writeMany(getDb(), [
              { collection: 'pipelines', records: b.pipelines },
              { collection: 'companies', records: b.companies },
              { collection: 'people', records: b.people },
              { collection: 'deals', records: b.deals },
              { collection: 'activities', records: b.activities },
            ], (d, total) => setProgress([d, total]), { keepNewer: true, parsed: true });
            await restorePlanning(getDb(), b.planning);
            setProgress(undefined);
            setDone(t('backup.restored', { written: r.written, skipped: r.skipped }));
          }}>
            {t('backup.restore')}
          </button>
        </div>
      )}
      {progress && <progress max={progress[1]} value={progress[0]} />}
      {done && <p class="notice" role="status">{done}</p>}
    </section>
  );
}
