import { describe, expect, it } from 'vitest';
import { putRecord } from '../db/write.ts';
import { savePipeline, stageCounts } from './pipelines.ts';
import { addStage, moveStage, pipelineProblems, updateStage, withoutStage } from './stages.ts';
import { dealFixture, freshDb, pipelineFixture } from './test-data.ts';
import { dealsInStage } from './stage-index.ts';

describe('customising stages', () => {
  it('renames, reorders and adds stages; a new open stage goes before the closed ones', () => {
    let p = pipelineFixture();
    p = updateStage(p, 'demo', { name: 'Pilot', probability: 0.5 });
    p = moveStage(p, 'demo', -1);
    p = addStage(p, 'Site visit');
    expect(p.stages.map((s) => s.id)).toEqual(['lead', 'contact', 'demo', 'qualification', 'proposal', 'site-visit', 'won', 'lost']);
    expect(p.stages[2]).toMatchObject({ name: 'Pilot', probability: 0.5 });
    expect(addStage(p, 'Site visit').stages.some((s) => s.id === 'site-visit-2')).toBe(true);
  });

  it('says what is wrong with a pipeline that cannot work', () => {
    const p = pipelineFixture();
    expect(pipelineProblems(withoutStage(p, 'lost'))).toEqual(['noLostStage']);
    expect(pipelineProblems({ ...p, name: ' ' })).toEqual(['noName']);
  });

  it('never loses the deals of a removed stage: refuses without a target, moves them with one', async () => {
    const db = freshDb();
    const p = pipelineFixture();
    await putRecord(db, 'pipelines', p);
    const deals = [dealFixture(p, { stageId: 'demo' }), dealFixture(p, { stageId: 'demo' }), dealFixture(p, { stageId: 'lead' })];
    for (const d of deals) await putRecord(db, 'deals', d);
    const edited = withoutStage(p, 'demo');

    expect(await savePipeline(db, p, edited, {}, 100)).toEqual({ ok: false, problems: [], needsTarget: 'demo' });
    expect((await db.pipelines.get(p.id))!.stages).toHaveLength(7);
    expect(await stageCounts(db, p)).toMatchObject({ demo: 2, lead: 1 });

    expect(await savePipeline(db, p, edited, { demo: 'qualification' }, 100)).toEqual({ ok: true });
    expect((await db.pipelines.get(p.id))!.stages.map((s) => s.id)).not.toContain('demo');
    expect(await db.deals.count()).toBe(3);
    const moved = await dealsInStage(db, p.id, 'qualification').toArray();
    expect(moved).toHaveLength(2);
    expect(moved[0]!.stageHistory.at(-1)).toEqual({ stageId: 'qualification', enteredAt: 100 });
  });
});
