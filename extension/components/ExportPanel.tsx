import { csvOptionsForLocale, dealsToCsv, peopleToCsv, peopleToVCards } from '@pipeclip/shared/csv';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { download } from './download.ts';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Formula-safe CSV of leads and deals, and vCards of the leads. */
export function ExportPanel() {
  const { t, locale } = useI18n();
  const csv = csvOptionsForLocale(locale);
  const load = async () => {
    const db = getDb();
    const [people, deals, companies, pipelines] = await Promise.all([db.people.toArray(), db.deals.toArray(), db.companies.toArray(), db.pipelines.toArray()]);
    return { people: people.filter((p) => !p.deletedAt), deals: deals.filter((d) => !d.deletedAt), companies, pipelines };
  };
  return (
    <section class="export card">
      <h2>{t('export.title')}</h2>
      <p class="hint">{t('export.hint')}</p>
      <div class="row wrap">
        <button class="secondary" onClick={async () => {
          const d = await load();
          download(`pipeclip-leads-${stamp()}.csv`, peopleToCsv(d.people, d, csv), 'text/csv');
        }}>
          {t('export.leadsCsv')}
        </button>
        <button class="secondary" onClick={async () => {
          const d = await load();
          download(`pipeclip-deals-${stamp()}.csv`, dealsToCsv(d.deals, d, csv), 'text/csv');
        }}>
          {t('export.dealsCsv')}
        </button>
        <button class="secondary" onClick={async () => {
          const d = await load();
          download(`pipeclip-leads-${stamp()}.vcf`, peopleToVCards(d.people, d.companies), 'text/vcard');
        }}>
          {t('export.vcard')}
        </button>
      </div>
    </section>
  );
}
