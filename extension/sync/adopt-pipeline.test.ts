import { TEAM_PIPELINE_ID, type Pipeline } from '@pipeclip/shared';
import { describe, expect, it } from 'vitest';
import { dealFixture, freshDb, pipelineFixture } from '../pipeline/test-data.ts';
import { putRecord } from '../db/write.ts';
import { adoptTeamPipeline } from './adopt-pipeline.ts';
import { allMutations } from '../db/outbox.ts';

const teamPipeline = (id = '01900000-0000-7000-8000-0000000000bb'): Pipeline => ({ ...pipelineFixture(), id, name: 'Team sales', stages: pipelineFixture().stages.filter((s) => s.id !== 'demo') });
const pulled = (...pipelines: Pipeline[]) => new Map<string, Pipeline | null>(pipelines.map((p) => [p.id, p]));

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

    await adoptTeamPipeline(db, pulled(team));

    expect((await db.pipelines.toArray()).map((p) => p.name)).toEqual(['Team sales']);
    expect(await db.deals.get(early.id)).toMatchObject({ pipelineId: team.id, stageId: 'proposal' });
    // The team has no demo stage: the deal goes to the team's first open stage.
    expect(await db.deals.get(demo.id)).toMatchObject({ pipelineId: team.id, stageId: 'lead' });
    const queued = (await allMutations(db)).map((m) => `${m.name} ${m.args.collection}`);
    expect(queued.slice(-3)).toEqual(['record.put deals', 'record.put deals', 'record.delete pipelines']);
  });

  it('keeps this device’s pipeline when the team has none yet: it becomes the team’s', async () => {
    const db = freshDb();
    const mine = pipelineFixture();
    await putRecord(db, 'pipelines', mine);
    await putRecord(db, 'deals', dealFixture(mine));
    await adoptTeamPipeline(db, pulled());
    expect((await db.pipelines.toArray()).map((p) => p.id)).toEqual([mine.id]);
    expect((await db.deals.toArray())[0]?.pipelineId).toBe(mine.id);
  });

  it('takes the team’s version of the shared default pipeline over this device’s unsent one, without a gap in the outbox', async () => {
    const db = freshDb();
    const mine = { ...pipelineFixture(), id: TEAM_PIPELINE_ID, name: 'Vertrieb' };
    await putRecord(db, 'pipelines', mine);
    const demo = dealFixture(mine, { stageId: 'demo' });
    await putRecord(db, 'deals', demo);
    const team = teamPipeline(TEAM_PIPELINE_ID);
    await db.pipelines.put({ ...mine }); // what the pull left: this device's unsent fields over the team's record

    await adoptTeamPipeline(db, pulled(team));

    // The team renamed its pipeline and removed the demo stage: this device now shows exactly that.
    expect(await db.pipelines.toArray()).toEqual([team]);
    expect(await db.deals.get(demo.id)).toMatchObject({ pipelineId: TEAM_PIPELINE_ID, stageId: 'lead' });
    // The unsent creation still goes out under its id (the server refuses gaps) but changes nothing there.
    const entries = await allMutations(db);
    expect(entries.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(entries[0]!).toMatchObject({ name: 'record.put', args: { collection: 'pipelines', recordId: TEAM_PIPELINE_ID } });
    expect(entries[0]!.args).toHaveProperty('fields', {});
  });

  it('gives up the shared default when the team deleted it, for the team’s oldest pipeline', async () => {
    const db = freshDb();
    const mine = { ...pipelineFixture(), id: TEAM_PIPELINE_ID };
    await putRecord(db, 'pipelines', mine);
    const deal = dealFixture(mine, { stageId: 'proposal' });
    await putRecord(db, 'deals', deal);
    const team = teamPipeline();
    await db.pipelines.put(team);

    await adoptTeamPipeline(db, new Map<string, Pipeline | null>([[TEAM_PIPELINE_ID, null], [team.id, team]]));

    expect((await db.pipelines.toArray()).map((p) => p.id)).toEqual([team.id]);
    expect(await db.deals.get(deal.id)).toMatchObject({ pipelineId: team.id, stageId: 'proposal' });
  });
});
