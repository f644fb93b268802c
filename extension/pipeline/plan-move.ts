import type { Bant, Deal, Pipeline } from '@pipeclip/shared';

export type BantKey = keyof Bant;

/** Why a move was refused, for the UI to say and to ask for what is missing. */
export type MoveRefusal =
  | { reason: 'unknownStage' }
  | { reason: 'needsQualification'; missing: BantKey[] }
  | { reason: 'needsLostReason' };

export type MovePlan = { ok: true; changes: Partial<Deal> } | ({ ok: false } & MoveRefusal);

/**
 * The fields that change when a deal enters a stage: the stage, its history, and the outcome that the
 * stage's kind implies. A stage may require BANT criteria; a lost stage requires a reason.
 */
export function planMove(deal: Deal, pipeline: Pipeline, stageId: string, now: number, lostReason?: string): MovePlan {
  const stage = pipeline.stages.find((s) => s.id === stageId);
  if (!stage) return { ok: false, reason: 'unknownStage' };
  const missing = (stage.requires ?? []).filter((k) => !deal.qualification[k]);
  if (missing.length) return { ok: false, reason: 'needsQualification', missing };
  const reason = lostReason?.trim();
  if (stage.kind === 'lost' && !reason) return { ok: false, reason: 'needsLostReason' };
  const changes: Partial<Deal> = { stageId, updatedAt: now, status: stage.kind };
  if (deal.stageId !== stageId) changes.stageHistory = [...deal.stageHistory, { stageId, enteredAt: now }].slice(-500);
  if (stage.kind !== 'open') changes.closedAt = now;
  if (stage.kind === 'lost') changes.lostReason = reason!;
  return { ok: true, changes };
}

/** The first stage of a kind (won or lost) in pipeline order. */
export const stageOfKind = (pipeline: Pipeline, kind: 'won' | 'lost' | 'open') => pipeline.stages.find((s) => s.kind === kind);

