import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../model/activity.ts';
import { at, deal, nextId, person, pipeline } from '../metrics/test-fixtures.ts';
import { parseBackup, serializeBackup, type BackupData } from './backup.ts';

const data: BackupData = {
  people: [person({ name: 'Anna' })],
  companies: [],
  deals: [deal({ value: 1_000 }), deal({ deletedAt: at('2026-02-01') })],
  activities: [ActivitySchema.parse({ id: nextId(), createdAt: 1, updatedAt: 1, kind: 'note', body: 'met at the fair' })],
  pipelines: [pipeline],
};

const errorOf = (text: string) => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

describe('backup', () => {
  it('round-trips every collection, tombstones included', () => {
    const result = parseBackup(serializeBackup(data, at('2026-03-10')));
    expect(result).toEqual({ ok: true, backup: { format: 'pipeclip-backup', version: 1, exportedAt: at('2026-03-10'), ...data, planning: [] } });
  });

  it('carries quotas and forecast snapshots, and refuses any other device setting smuggled in', () => {
    const planning = [{ key: 'quotas:p1:EUR', value: { '2026-11': 20_000 } }];
    expect(parseBackup(serializeBackup({ ...data, planning }, 1))).toMatchObject({ ok: true, backup: { planning } });
    const smuggled = serializeBackup({ ...data, planning: [{ key: 'clientId', value: 'c-x' }] }, 1);
    expect(errorOf(smuggled)).toMatchObject({ code: 'invalidRecords', issues: [expect.objectContaining({ path: 'planning[0].key' })] });
  });

  it.each([
    ['{"format": "pipeclip-backup",', 'invalidJson', /^The file is not valid JSON/],
    ['[1, 2]', 'notABackup', /^The file is not a Pipeclip backup\.$/],
    ['{"format": "other-app", "version": 1}', 'notABackup', /not a Pipeclip backup/],
    ['{"format": "pipeclip-backup", "version": 2}', 'unsupportedVersion', /version 2, from a newer Pipeclip; update/],
    ['{"format": "pipeclip-backup", "version": "1"}', 'unsupportedVersion', /version "1" is not one Pipeclip knows/],
  ])('explains %s as %s', (text, code, message) => {
    const error = errorOf(text);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('names each invalid record by its path', () => {
    const backup = JSON.parse(serializeBackup(data, 0));
    backup.deals[1].value = -5;
    backup.people[0].emails = ['not-an-email'];
    delete backup.pipelines;
    const error = errorOf(JSON.stringify(backup));
    expect(error).toMatchObject({ code: 'invalidRecords' });
    if (error.code !== 'invalidRecords') return;
    expect(error.issues.map((i) => i.path)).toEqual(['people[0].emails[0]', 'deals[1].value', 'pipelines']);
    expect(error.message).toContain('deals[1].value:');
  });

  it('lists at most five issues in the message', () => {
    const backup = JSON.parse(serializeBackup({ ...data, deals: Array.from({ length: 8 }, () => deal()) }, 0));
    for (const d of backup.deals) d.currency = 'euro';
    expect(errorOf(JSON.stringify(backup)).message).toMatch(/and 3 more\.$/);
  });
});
