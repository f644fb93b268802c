import { IMPORT_FIELDS, importRows, parseCsv, suggestMapping, type ColumnMapping, type ImportField, type ImportResult, type ParsedCsv } from '@pipeclip/shared/csv';
import { useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';
import { importInParts } from '../pipeline/import.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { RejectedRows } from './RejectedRows.tsx';

const PREVIEW = 5;

/** CSV import: pick a file, check the column mapping and a preview, import with a progress bar, see what was refused. */
export function CsvImport() {
  const { t, fmt, locale } = useI18n();
  const { current } = usePipelines();
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv }>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileLocale, setFileLocale] = useState<string>(locale);
  const [currency, setCurrency] = useState('EUR');
  const [progress, setProgress] = useState<[number, number]>();
  const [result, setResult] = useState<{ people: number; deals: number; rejected: ImportResult['rejected'] }>();
  const [error, setError] = useState('');

  const run = (rows: ParsedCsv['rows']) => (current ? importRows(rows, mapping, { now: Date.now(), pipeline: current, locale: fileLocale, currency }) : undefined);
  const preview = file ? run(file.csv.rows.slice(0, PREVIEW)) : undefined;

  return (
    <section class="csv-import card">
      <h2>{t('import.title')}</h2>
      <p class="hint">{t('import.hint')}</p>
      <label class="secondary file-button">
        {t('import.choose')}
        <input
          type="file"
          name="csvFile"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={async (e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            setResult(undefined);
            setError('');
            if (!f) return;
            const csv = parseCsv(await f.text());
            if (!csv.headers.length || !csv.rows.length) {
              setFile(undefined);
              return setError(t('import.emptyFile'));
            }
            setFile({ name: f.name, csv });
            setMapping(suggestMapping(csv.headers));
          }}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {file && (
        <>
          <p>
            {t('import.file', { name: file.name, rows: file.csv.rows.length })}
            {file.csv.errors.length > 0 && <span class="warning"> {t('import.parseProblems', { count: file.csv.errors.length, first: file.csv.errors[0]!.row, problem: t(`import.problem.${file.csv.errors[0]!.code}`) })}</span>}
          </p>
          <div class="row">
            <label class="field">
              <span class="field-label">{t('import.format')}</span>
              <select name="fileLocale" value={fileLocale} onChange={(e) => setFileLocale(e.currentTarget.value)}>
                <option value="en">{t('import.format.en')}</option>
                <option value="de">{t('import.format.de')}</option>
                <option value="nl">{t('import.format.nl')}</option>
              </select>
            </label>
            <label class="field">
              <span class="field-label">{t('import.currency')}</span>
              <input name="importCurrency" size={4} maxLength={3} value={currency} onInput={(e) => setCurrency(e.currentTarget.value.toUpperCase())} />
            </label>
          </div>
          <table class="mapping data-table">
            <thead>
              <tr>
                <th>{t('import.column')}</th>
                <th>{t('import.field')}</th>
                <th>{t('import.sample')}</th>
              </tr>
            </thead>
            <tbody>
              {file.csv.headers.map((h) => (
                <tr key={h}>
                  <th scope="row">{h}</th>
                  <td>
                    <select
                      aria-label={t('import.mapColumn', { column: h })}
                      data-column={h}
                      value={mapping[h] ?? ''}
                      onChange={(e) => {
                        const next = { ...mapping };
                        if (e.currentTarget.value) next[h] = e.currentTarget.value as ImportField;
                        else delete next[h];
                        setMapping(next);
                      }}
                    >
                      <option value="">{t('import.skip')}</option>
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`import.field.${f}` as MessageKey)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td class="muted small">{file.csv.rows[0]?.values[h] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview && (
            <div class="preview">
              <h3>{t('import.preview', { count: Math.min(PREVIEW, file.csv.rows.length) })}</h3>
              <ul>
                {preview.people.map((p) => {
                  const deal = preview.deals.find((d) => d.personId === p.id);
                  return (
                    <li key={p.id}>
                      <strong>{p.name}</strong> {[p.title, p.companyName, p.emails[0]].filter(Boolean).join(' · ')}
                      {deal && <span class="muted"> — {deal.title}: {new Intl.NumberFormat(locale, { style: 'currency', currency: deal.currency }).format(deal.value)}</span>}
                    </li>
                  );
                })}
              </ul>
              {preview.rejected.length > 0 && <RejectedRows rows={preview.rejected} />}
            </div>
          )}
          <button
            class="primary"
            disabled={!!progress || !Object.keys(mapping).length}
            onClick={async () => {
              if (!current) return;
              const rows = file.csv.rows;
              const options = { now: Date.now(), pipeline: current, locale: fileLocale, currency };
              setProgress([0, rows.length]);
              let written = 0;
              try {
                const r = await importInParts(getDb(), current, rows, (part, seen) => importRows(part, mapping, { ...options, seen }), (done, total) => {
                  written = done;
                  setProgress([done, total]);
                });
                setResult({ people: r.people.length, deals: r.deals.length, rejected: r.rejected });
                setFile(undefined);
              } catch (err) {
                console.error('[pipeclip] import failed', err);
                setError(t('import.failed', { rows: fmt.number(written) }));
              } finally {
                setProgress(undefined);
              }
            }}
          >
            {t('import.run', { count: file.csv.rows.length })}
          </button>
        </>
      )}
      {progress && (
        <p>
          <progress class="import-progress" max={progress[1]} value={progress[0]} aria-label={t('import.progress')} /> {progress[0]} / {progress[1]}
        </p>
      )}
      {result && (
        <div class="import-result" role="status">
          <p class="notice">{t('import.done', { people: fmt.number(result.people), deals: fmt.number(result.deals), rejected: fmt.number(result.rejected.length) })}</p>
          {result.rejected.length > 0 && <RejectedRows rows={result.rejected} />}
        </div>
      )}
    </section>
  );
}
