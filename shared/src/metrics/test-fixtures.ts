/** Builders for tests only (not exported from the package): valid records with readable defaults. */
import { DealSchema, type Deal, type DealInput } from '../model/deal.ts';
import { PersonSchema, type Person, type PersonInput } from '../model/person.ts';
import { DEFAULT_STAGES, PipelineSchema, type Pipeline } from '../model/pipeline.ts';

/** Epoch ms of a UTC date or date-time written as ISO (`2026-03-10` or `2026-03-10T12:00`). */
export const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);

let counter = 0;
/** A fresh, valid UUID that reads well in failure output. */
export const nextId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export const PIPELINE_ID = '00000000-0000-4000-8000-aaaaaaaaaaaa';
export const pipeline: Pipeline = PipelineSchema.parse({
  id: PIPELINE_ID,
  createdAt: 0,
  updatedAt: 0,
  name: 'Sales',
  stages: DEFAULT_STAGES,
});

/** A deal in the default pipeline, open in `lead`, created 2026-01-01, EUR 0 unless overridden. */
export function deal(overrides: Partial<DealInput> = {}): Deal {
  return DealSchema.parse({
    id: nextId(),
    createdAt: at('2026-01-01'),
    updatedAt: at('2026-01-01'),
    title: 'Deal',
    pipelineId: PIPELINE_ID,
    stageId: 'lead',
    ...overrides,
  });
}

/** A person captured from the web on 2026-01-01 unless overridden. */
export function person(overrides: Partial<PersonInput> = {}): Person {
  return PersonSchema.parse({
    id: nextId(),
    createdAt: at('2026-01-01'),
    updatedAt: at('2026-01-01'),
    name: 'Jane Doe',
    source: { kind: 'web', capturedAt: at('2026-01-01') },
    ...overrides,
  });
}
