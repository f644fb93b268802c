import type { Deal, Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { deleteRecord, putRecord } from '../db/write.ts';

/** Where a deal of `from` goes in `to`: the stage with the same id, else the first stage of the same kind. */
function stageIn(to: Pipeline, from: Pipeline, stageId: string): string {
  if (to.stages.some((s) => s.id === stageId)) return stageId;
  const kind = from.stages.find((s) => s.id === stageId)?.kind ?? 'open';
  return (to.stages.find((s) => s.kind === kind) ?? to.stages[0]!).id;
}

/**
 * A rep's first sync with a team, after the first pull: the pipeline the side panel made for this device
 * before it joined (never sent anywhere yet) gives way to the team's own, so the manager sees one funnel, not
 * one per rep. Its deals move to the team's oldest pipeline and it is deleted. A device alone on a fresh team
 * keeps its pipeline: it becomes the team's.
 */
export async function adoptTeamPipeline(db: PipeclipDb): Promise<void> {
  await db.transaction('rw', [db.pipelines, db.deals, db.outbox, db.meta], async () => {
    const unsent = new Set((await db.outbox.toArray()).filter((e) => e.mutation.args.collection === 'pipelines').map((e) => e.mutation.args.recordId));
    const pipelines = (await db.pipelines.toArray()).filter((p) => !p.deletedAt);
    const team = pipelines.filter((p) => !unsent.has(p.id)).sort((a, b) => a.createdAt - b.createdAt)[0];
    if (!team) return;
    for (const local of pipelines.filter((p) => unsent.has(p.id))) {
      const deals = (await db.deals.where('[pipelineId+stageId]').between([local.id, ''], [local.id, '\uffff']).toArray()) as Deal[];
      for (const deal of deals) {
        const moved = { pipelineId: team.id, stageId: stageIn(team, local, deal.stageId) };
        await putRecord(db, 'deals', { ...deal, ...moved }, moved);
      }
      await deleteRecord(db, 'pipelines', local.id);
    }
  });
}
