import { DEFAULT_STAGES, TEAM_PIPELINE_ID, uuidv7, type Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';
import type { MessageKey } from '../i18n/index.ts';

/** The default stages, named in the rep's language at creation (the rep may rename them later). */
export function defaultPipeline(name: string, stageName: (key: MessageKey) => string, now = Date.now(), id = uuidv7(now)): Pipeline {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    stages: DEFAULT_STAGES.map((s) => ({ ...s, requires: [...s.requires], name: stageName(`stage.${s.id}` as MessageKey) })),
  };
}

/** Creates the default pipeline (the team's, by its shared id) on first open; returns the pipelines that exist afterwards. */
export async function ensureDefaultPipeline(db: PipeclipDb, name: string, stageName: (key: MessageKey) => string): Promise<Pipeline[]> {
  return db.transaction('rw', [db.pipelines, db.outbox, db.meta], async () => {
    const existing = await db.pipelines.toArray();
    if (existing.some((p) => !p.deletedAt)) return existing;
    const created = defaultPipeline(name, stageName, Date.now(), TEAM_PIPELINE_ID);
    await putRecord(db, 'pipelines', created);
    return [...existing, created];
  });
}
