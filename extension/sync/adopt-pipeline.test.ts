import { describe, expect, it } from 'vitest';
import { dealFixture, freshDb, pipelineFixture } from '../pipeline/test-data.ts';
import { putRecord } from '../db/write.ts';
import { adoptTeamPipeline } from './adopt-pipeline.ts';

const teamPipeline = () => ({ ...pipelineFixture(), id: '01900000-0000-7000-8000-0000000000bb', name: 'Team sales', stages: pipelineFixture().stages.filter((s) => s.id !== 'demo') });

describe('joining a team', () => {
  it('moves the deals of this device’s unsent pipeline into the team’s and deletes it', async () => {
    const db = freshDb();
    const team = teamPipeline();
    await db.pipelines.put(team); // pulled from the server: no outbox entry
    const mine = pipelineFixture();
    await putRecord(db, 'pipelines', mine);
    const early = dealFixture(mine, { stageId: 'proposal' });
    const demo = dealFixture(mine, { stageId: 'demo' });
    for (const d of [early, demo]) await putRecord(db, 'deals', d);

    await adoptTeamPipeline(db);

    expect((await db.pipelines.toArray()).map((p) => p.name)).toEqual(['Team sales']);
    expect(await db.deals.get(early.id)).toMatchObject({ pipelineId: team.id, stageId: 'proposal' });
    // The team has no demo stage: the deal goes to the team's first open stage.
    expect(await db.deals.get(demo.id)).toMatchObject({ pipelineId: team.id, stageId: 'lead' });
    const queued = (await db.outbox.toArray()).map((e) => `${e.mutation.name} ${e.mutation.args.collection}`);
    expect(queued.slice(-3)).toEqual(['record.put deals', 'record.put deals', 'record.delete pipelines']);
  });

  it('keeps this device’s pipeline when the team has none yet: it becomes the team’s', async () => {
    const db = freshDb();
    const mine = pipelineFixture();
    await putRecord(db, 'pipelines', mine);
    await putRecord(db, 'deals', dealFixture(mine));
    await adoptTeamPipeline(db);
    expect((await db.pipelines.toArray()).map((p) => p.id)).toEqual([mine.id]);
    expect((await db.deals.toArray())[0]?.pipelineId).toBe(mine.id);
  });
});
