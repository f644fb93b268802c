import { DEFAULT_STAGES, type Deal, type Pipeline } from '@pipeclip/shared';
import { PipeclipDb } from '../db/database.ts';

export const freshDb = () => new PipeclipDb(`test-${crypto.randomUUID()}`);

export const pipelineFixture = (): Pipeline => ({
  id: '01900000-0000-7000-8000-0000000000aa',
  name: 'Sales',
  createdAt: 1,
  updatedAt: 1,
  stages: DEFAULT_STAGES.map((s) => ({ ...s, requires: [...s.requires] })),
});

let n = 0;
export function dealFixture(p: Pipeline, changes: Partial<Deal> = {}): Deal {
  n++;
  return {
    id: `01900000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
    title: `Deal ${n}`,
    pipelineId: p.id,
    stageId: 'lead',
    value: 1000,
    currency: 'EUR',
    status: 'open',
    shared: false,
    stageHistory: [{ stageId: 'lead', enteredAt: 1 }],
    qualification: { budget: false, authority: false, need: false, timeline: false },
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...changes,
  };
}
