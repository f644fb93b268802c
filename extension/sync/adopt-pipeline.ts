import { TEAM_PIPELINE_ID, type Deal, type Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { allMutations, rewriteQueued } from '../db/outbox.ts';
import { deleteRecord, putRecord } from '../db/write.ts';
import { dealsInPipeline } from '../pipeline/stage-index.ts';

/** The team's pipelines as the first pull found them on the server: `null` for one deleted there. */
export type TeamPipelines = ReadonlyMap<string, Pipeline | null>;

/** Where a deal of `from` goes in `to`: the stage with the same id, else the first stage of the same kind. */
function stageIn(to: Pipeline, from: Pipeline, stageId: string): string {
  if (to.stages.some((s) => s.id === stageId)) return stageId;
  const kind = from.stages.find((s) => s.id === stageId)?.kind ?? 'open';
  return (to.stages.find((s) => s.kind === kind) ?? to.stages[0]!).id;
}

async function moveDeals(db: PipeclipDb, from: Pipeline, to: Pipeline): Promise<void> {
  const deals = (await dealsInPipeline(db, from.id).toArray()) as Deal[];
  for (const deal of deals) {
    const moved = { pipelineId: to.id, stageId: stageIn(to, from, deal.stageId) };
    if (moved.pipelineId !== deal.pipelineId || moved.stageId !== deal.stageId) await putRecord(db, 'deals', { ...deal, ...moved }, moved);
  }
}

/**
 * A rep's first sync with a team, after the first pull: the pipelines the side panel made on this device before
 * it joined (never sent anywhere yet) give way to the team's, so the manager sees one funnel, not one per rep.
 *
 * Every device names its default pipeline `TEAM_PIPELINE_ID`, so two reps who join a fresh team at the same
 * moment (neither sees the other's pipeline yet) still send one and the same record. When the team already has
 * it, the team's version wins: this device's unsent edits of it are emptied (their mutation ids stay, as the
 * protocol allows no gaps) and its deals move to stages the team's version has. Any other unsent pipeline's
 * deals move to the team's default (else its oldest pipeline) and that pipeline is deleted. A device alone on a
 * fresh team keeps its pipelines: they become the team's.
 */
export async function adoptTeamPipeline(db: PipeclipDb, team: TeamPipelines): Promise<void> {
  const live = [...team.values()].filter((p): p is Pipeline => p !== null);
  const target = team.get(TEAM_PIPELINE_ID) ?? live.sort((a, b) => a.createdAt - b.createdAt)[0];
  if (!target) return;
  await db.transaction('rw', [db.pipelines, db.deals, db.outbox, db.meta], async () => {
    const unsent = new Set((await allMutations(db)).filter((m) => m.args.collection === 'pipelines').map((m) => m.args.recordId));
    const local = (await db.pipelines.toArray()).filter((p) => unsent.has(p.id) && !p.deletedAt);
    for (const mine of local) {
      if (mine.id === target.id) {
        await rewriteQueued(db, (m) => (m.name === 'record.put' && m.args.collection === 'pipelines' && m.args.recordId === mine.id ? { ...m, args: { ...m.args, fields: {} } } : m));
        await db.pipelines.put(target);
        await moveDeals(db, mine, target);
      } else if (!team.get(mine.id)) {
        await moveDeals(db, mine, target);
        await deleteRecord(db, 'pipelines', mine.id);
      }
    }
  });
}
