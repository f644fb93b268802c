import { z } from 'zod';
import { ActivitySchema, type Activity } from '../model/activity.ts';
import { EpochMsSchema } from '../model/common.ts';
import { CompanySchema, type Company } from '../model/company.ts';
import { DealSchema, type Deal } from '../model/deal.ts';
import { PersonSchema, type Person } from '../model/person.ts';
import { PipelineSchema, type Pipeline } from '../model/pipeline.ts';

export const BACKUP_FORMAT = 'pipeclip-backup';
export const BACKUP_VERSION = 1;

/** `meta` keys of the rep's own planning data (quotas, forecast snapshots) that a backup carries along. */
export const PLANNING_KEY = /^(quotas|forecastSnapshots):[\w:-]{1,200}$/;

/** A whole local database as one JSON document, to keep or to move to another browser. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: EpochMsSchema,
  people: z.array(PersonSchema),
  companies: z.array(CompanySchema),
  deals: z.array(DealSchema),
  activities: z.array(ActivitySchema),
  pipelines: z.array(PipelineSchema),
  /** Quotas and forecast snapshots, as stored (their values are checked again where they are read). Older backups have none. */
  planning: z.array(z.object({ key: z.string().regex(PLANNING_KEY), value: z.unknown() })).max(5000).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Why a file could not be restored, with a message fit to show. */
export type BackupError =
  | { code: 'invalidJson'; message: string }
  | { code: 'notABackup'; message: string }
  | { code: 'unsupportedVersion'; version: unknown; message: string }
  | { code: 'invalidRecords'; message: string; issues: { path: string; message: string }[] };

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/** How many record issues a message lists before "and N more". */
const LISTED = 5;

/** `deals[3].value`, readable by people. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * Reads a backup file. Tells apart a file that is not JSON, JSON that is not a Pipeclip backup, a backup
 * from a newer version, and a backup with invalid records (each named by its path, e.g. `deals[3].value`).
 */
export function parseBackup(text: string): BackupResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: { code: 'invalidJson', message: `The file is not valid JSON (${(e as Error).message}).` } };
  }
  const head = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (head.format !== BACKUP_FORMAT) {
    return { ok: false, error: { code: 'notABackup', message: 'The file is not a Pipeclip backup.' } };
  }
  if (head.version !== BACKUP_VERSION) {
    const message = typeof head.version === 'number' && head.version > BACKUP_VERSION
      ? `The backup is version ${head.version}, from a newer Pipeclip; update Pipeclip to restore it.`
      : `The backup version ${JSON.stringify(head.version)} is not one Pipeclip knows.`;
    return { ok: false, error: { code: 'unsupportedVersion', version: head.version, message } };
  }
  const parsed = BackupSchema.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
  const listed = issues.slice(0, LISTED).map((i) => `${i.path}: ${i.message}`).join('; ');
  const more = issues.length > LISTED ? ` and ${issues.length - LISTED} more` : '';
  return { ok: false, error: { code: 'invalidRecords', issues, message: `The backup has invalid records: ${listed}${more}.` } };
}

/** The collections a backup holds. */
export interface BackupData {
  people: readonly Person[];
  companies: readonly Company[];
  deals: readonly Deal[];
  activities: readonly Activity[];
  pipelines: readonly Pipeline[];
  planning?: readonly { key: string; value: unknown }[];
}

/** A backup of `data` as JSON text, taken at `now`. Tombstones are kept so a restore does not resurrect them. */
export function serializeBackup(data: BackupData, now: number): string {
  const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...data };
  return JSON.stringify(backup, null, 2);
}
