import { BackupPanel } from './BackupPanel.tsx';
import { CsvImport } from './CsvImport.tsx';
import { ExportPanel } from './ExportPanel.tsx';

/** Import from a spreadsheet, export, back up and restore. */
export function DataView() {
  return (
    <section class="data-view">
      <CsvImport />
      <ExportPanel />
      <BackupPanel />
    </section>
  );
}
