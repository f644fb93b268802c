import { DealSchema, uuidv7, type Deal, type Person, type Pipeline } from '@pipeclip/shared';
import type { PipeclipDb } from '../db/database.ts';
import { putRecord } from '../db/write.ts';

export interface NewDeal {
  title: string;
  pipeline: Pipeline;
  stageId?: string;
  personId?: string;
  companyId?: string;
  value?: number;
  currency?: string;
  expectedCloseAt?: number;
  source?: string;
  tags?: string[];
  ownerId?: string;
}

/** A validated new deal in the pipeline's first open stage (or the one given), with its first history entry. */
export function buildDeal(input: NewDeal, now = Date.now()): Deal {
  const stageId = input.stageId ?? input.pipeline.stages.find((s) => s.kind === 'open')?.id ?? input.pipeline.stages[0]!.id;
  return DealSchema.parse({
    id: uuidv7(now),
    createdAt: now,
    updatedAt: now,
    title: input.title,
    pipelineId: input.pipeline.id,
    stageId,
    personId: input.personId,
    companyId: input.companyId,
    value: input.value ?? 0,
    currency: input.currency ?? 'EUR',
    expectedCloseAt: input.expectedCloseAt,
    source: input.source,
    tags: input.tags ?? [],
    ownerId: input.ownerId,
    status: 'open',
    stageHistory: [{ stageId, enteredAt: now }],
  });
}

export async function createDeal(db: PipeclipDb, input: NewDeal, now = Date.now()): Promise<Deal> {
  const deal = buildDeal(input, now);
  await putRecord(db, 'deals', deal);
  return deal;
}

/** One click from a saved lead to a deal: titled after the lead, linked to it, carrying its BANT and source. */
export async function dealFromLead(db: PipeclipDb, person: Person, pipeline: Pipeline, title: string, now = Date.now()): Promise<Deal> {
  const deal = { ...buildDeal({ title, pipeline, personId: person.id, companyId: person.companyId, source: person.source.kind, tags: person.tags, ownerId: person.ownerId }, now), qualification: { ...person.qualification } };
  await putRecord(db, 'deals', deal);
  return deal;
}
