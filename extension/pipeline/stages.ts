import type { Pipeline, Stage, StageKind } from '@pipeclip/shared';

/** Why a pipeline cannot be saved, for the UI to say. */
export type PipelineProblem = 'noName' | 'stageName' | 'noOpenStage' | 'noWonStage' | 'noLostStage' | 'tooFewStages';

/** Problems that would stop the pipeline from working (deals need an open, a won and a lost stage). */
export function pipelineProblems(p: Pipeline): PipelineProblem[] {
  const out: PipelineProblem[] = [];
  if (!p.name.trim()) out.push('noName');
  if (p.stages.some((s) => !s.name.trim())) out.push('stageName');
  if (p.stages.length < 3) out.push('tooFewStages');
  if (!p.stages.some((s) => s.kind === 'open')) out.push('noOpenStage');
  if (!p.stages.some((s) => s.kind === 'won')) out.push('noWonStage');
  if (!p.stages.some((s) => s.kind === 'lost')) out.push('noLostStage');
  return out;
}

const withStages = (p: Pipeline, stages: Stage[]): Pipeline => ({ ...p, stages });

export function updateStage(p: Pipeline, id: string, changes: Partial<Omit<Stage, 'id'>>): Pipeline {
  return withStages(p, p.stages.map((s) => (s.id === id ? { ...s, ...changes } : s)));
}

/** Moves a stage up (-1) or down (+1) in the pipeline order. */
export function moveStage(p: Pipeline, id: string, delta: -1 | 1): Pipeline {
  const i = p.stages.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= p.stages.length) return p;
  const stages = [...p.stages];
  [stages[i], stages[j]] = [stages[j]!, stages[i]!];
  return withStages(p, stages);
}

/** A stage id unique in the pipeline, readable in exports ("site-visit", "site-visit-2"). */
export function stageIdFor(p: Pipeline, name: string): string {
  const base = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'stage';
  let id = base;
  for (let n = 2; p.stages.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds an open stage before the first closed one. */
export function addStage(p: Pipeline, name: string, probability = 0.3, kind: StageKind = 'open'): Pipeline {
  const stage: Stage = { id: stageIdFor(p, name), name, kind, probability, requires: [] };
  const at = kind === 'open' ? p.stages.findIndex((s) => s.kind !== 'open') : -1;
  const stages = [...p.stages];
  stages.splice(at < 0 ? stages.length : at, 0, stage);
  return withStages(p, stages);
}

/** Stages that can take the deals of a removed stage: the others of the same kind. */
export function removalTargets(p: Pipeline, id: string): Stage[] {
  const kind = p.stages.find((s) => s.id === id)?.kind;
  return p.stages.filter((s) => s.id !== id && s.kind === kind);
}

export function withoutStage(p: Pipeline, id: string): Pipeline {
  return withStages(p, p.stages.filter((s) => s.id !== id));
}
