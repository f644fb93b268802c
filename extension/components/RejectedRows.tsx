import { toCsv, type RejectedRow } from '@pipeclip/shared/csv';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';
import { download } from './download.ts';

const SHOWN = 50;

/** Rows an import refused, each with its spreadsheet row number and why; the full list can be downloaded. */
export function RejectedRows({ rows }: { rows: RejectedRow[] }) {
  const { t } = useI18n();
  const text = (r: RejectedRow) => t(`import.reject.${r.code}` as MessageKey, { row: r.row, column: r.column ?? '', value: r.value ?? '' });
  return (
    <div class="rejected">
      <h3>{t('import.rejected', { count: rows.length })}</h3>
      <table class="data-table">
        <thead>
          <tr>
            <th class="num">{t('import.row')}</th>
            <th>{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <tr key={`${r.row}-${r.code}`} class="rejected-row" data-code={r.code}>
              <td class="num">{r.row}</td>
              <td>{text(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p class="muted">{t('import.moreRejected', { count: rows.length - SHOWN })}</p>}
      <button class="link" onClick={() => download('pipeclip-rejected-rows.csv', toCsv([t('import.row'), t('import.reason')], rows.map((r) => [r.row, text(r)])), 'text/csv')}>
        {t('import.downloadRejected')}
      </button>
    </div>
  );
}
