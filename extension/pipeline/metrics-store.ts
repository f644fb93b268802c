import { PLANNING_KEY } from '@pipeclip/shared/csv';
import { ForecastSnapshotSchema, type ForecastSnapshot } from '@pipeclip/shared/metrics';
import { z } from 'zod';
import type { PipeclipDb } from '../db/database.ts';

/** Quotas per period, kept on this device until the team server serves them: { '2026-11': 20000 }. */
const QuotasSchema = z.record(z.string(), z.number().finite().min(0));
const quotaKey = (pipelineId: string, currency: string) => `quotas:${pipelineId}:${currency}`;
const snapshotKey = (pipelineId: string) => `forecastSnapshots:${pipelineId}`;

export async function readQuotas(db: PipeclipDb, pipelineId: string, currency: string): Promise<Record<string, number>> {
  const parsed = QuotasSchema.safeParse((await db.meta.get(quotaKey(pipelineId, currency)))?.value ?? {});
  return parsed.success ? parsed.data : {};
}

export async function setQuota(db: PipeclipDb, pipelineId: string, currency: string, period: string, amount: number | undefined): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const quotas = await readQuotas(db, pipelineId, currency);
    if (amount === undefined) delete quotas[period];
    else quotas[period] = amount;
    await db.meta.put({ key: quotaKey(pipelineId, currency), value: quotas });
  });
}

/** The valid snapshots of a stored list; malformed entries (a hand-edited or older store, a backup) are dropped. */
const validSnapshots = (raw: unknown): ForecastSnapshot[] =>
  (Array.isArray(raw) ? raw : []).flatMap((s) => {
    const parsed = ForecastSnapshotSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });

/** Stored forecast snapshots. */
export async function readSnapshots(db: PipeclipDb, pipelineId: string): Promise<ForecastSnapshot[]> {
  return validSnapshots((await db.meta.get(snapshotKey(pipelineId)))?.value);
}

const dayOf = (ms: number) => new Date(ms).toDateString();

/**
 * Records today's forecast for each period (months and quarters alike), at most once a day per period and
 * currency, so forecast accuracy can later compare it with what was won. Returns whether a snapshot was taken.
 */
export async function snapshotForecast(db: PipeclipDb, pipelineId: string, forecasts: { period: string; weighted: number }[], currency: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const held = await readSnapshots(db, pipelineId);
    const today = new Set(held.filter((s) => dayOf(s.takenAt) === dayOf(now) && s.currency === currency).map((s) => s.period));
    const fresh = forecasts.filter((f) => !today.has(f.period)).map((f) => ({ period: f.period, takenAt: now, forecast: f.weighted, currency }));
    if (!fresh.length) return false;
    await db.meta.put({ key: snapshotKey(pipelineId), value: [...held, ...fresh].slice(-2000) });
    return true;
  });
}

/** The rep's planning data (quotas, forecast snapshots) as `meta` entries, for a backup. */
export async function planningEntries(db: PipeclipDb): Promise<{ key: string; value: unknown }[]> {
  const rows = await db.meta.where('key').between('forecastSnapshots:', 'forecastSnapshots;').toArray();
  return [...rows, ...(await db.meta.where('key').between('quotas:', 'quotas;').toArray())].filter((r) => PLANNING_KEY.test(r.key));
}

/**
 * Restores planning data from a backup without rolling back this device: a quota set here for a period stays,
 * the backup fills the periods it lacks; forecast snapshots are joined (one per period, day and currency).
 */
export async function restorePlanning(db: PipeclipDb, entries: readonly { key: string; value: unknown }[]): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    for (const { key, value } of entries) {
      if (!PLANNING_KEY.test(key)) continue;
      const held = (await db.meta.get(key))?.value;
      if (key.startsWith('quotas:')) {
        const [from, here] = [QuotasSchema.safeParse(value), QuotasSchema.safeParse(held ?? {})];
        if (from.success) await db.meta.put({ key, value: { ...from.data, ...(here.success ? here.data : {}) } });
      } else {
        const joined = new Map([...validSnapshots(value), ...validSnapshots(held)].map((s) => [`${s.period}|${s.currency}|${dayOf(s.takenAt)}`, s]));
        await db.meta.put({ key, value: [...joined.values()].sort((a, b) => a.takenAt - b.takenAt).slice(-2000) });
      }
    }
  });
}
