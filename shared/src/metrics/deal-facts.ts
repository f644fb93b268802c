import type { Deal, DealStatus } from '../model/deal.ts';
import type { Pipeline, Stage } from '../model/pipeline.ts';
import { daysBetween } from './period.ts';
import { cents } from './stats.ts';

/** Open deals at or above this effective probability are "commit" in the forecast. */
export const COMMIT_PROBABILITY = 0.7;

/** What every deal metric is computed over: one pipeline, one currency. */
export interface MetricsScope {
  pipeline: Pipeline;
  currency: string;
}

/** A deal with everything the metrics derive from it, computed once. */
export interface DealFacts {
  deal: Deal;
  /** The deal's current stage, or undefined when the pipeline no longer has it. */
  stage: Stage | undefined;
  outcome: DealStatus;
  /** `deal.probability ?? stage.probability`; 1 once won, 0 once lost, 0 for an unknown stage. */
  probability: number;
  /** value × probability, rounded to cents. */
  weighted: number;
  /** Open and at least {@link COMMIT_PROBABILITY} likely. */
  commit: boolean;
  /** When a won or lost deal closed. */
  closedAt: number | undefined;
  /** Days from creation to close of a won deal, else 0. */
  cycleDays: number;
}

/** Deals the metrics left out, by reason, so the UI can say "3 deals in USD not shown". */
export interface IgnoredDeals {
  deleted: number;
  otherPipeline: number;
  otherCurrency: number;
}

/** The deals of one scope, ready for the metric functions. */
export interface DealSet extends MetricsScope {
  facts: DealFacts[];
  ignored: IgnoredDeals;
}

/**
 * Won or lost by its status, or by the kind of the stage it sits in when the status was not updated:
 * a deal dragged into "Closed won" is won.
 */
export function dealOutcome(deal: Deal, stage: Stage | undefined): DealStatus {
  return deal.status !== 'open' ? deal.status : (stage?.kind ?? 'open');
}

/** When a closed deal closed: `closedAt`, else when it entered its last stage, else its last update. */
export function closedAtOf(deal: Deal): number {
  return deal.closedAt ?? deal.stageHistory.at(-1)?.enteredAt ?? deal.updatedAt;
}

/** Derives the facts of one deal within its pipeline. */
export function factsOf(deal: Deal, pipeline: Pipeline): DealFacts {
  const stage = pipeline.stages.find((s) => s.id === deal.stageId);
  const outcome = dealOutcome(deal, stage);
  const probability = outcome === 'won' ? 1 : outcome === 'lost' ? 0 : (deal.probability ?? stage?.probability ?? 0);
  const closedAt = outcome === 'open' ? undefined : closedAtOf(deal);
  const cycle = outcome === 'won' ? Math.max(0, daysBetween(deal.createdAt, closedAt!)) : 0;
  return {
    deal,
    stage,
    outcome,
    probability,
    weighted: cents(deal.value * probability),
    commit: outcome === 'open' && probability >= COMMIT_PROBABILITY,
    closedAt,
    cycleDays: Math.round(cycle * 10_000) / 10_000,
  };
}

/** Keeps the live deals of the scope's pipeline and currency, counting what it leaves out. */
export function selectDeals(deals: readonly Deal[], scope: MetricsScope): DealSet {
  const ignored: IgnoredDeals = { deleted: 0, otherPipeline: 0, otherCurrency: 0 };
  const facts: DealFacts[] = [];
  for (const deal of deals) {
    if (deal.deletedAt !== undefined) ignored.deleted++;
    else if (deal.pipelineId !== scope.pipeline.id) ignored.otherPipeline++;
    else if (deal.currency !== scope.currency) ignored.otherCurrency++;
    else facts.push(factsOf(deal, scope.pipeline));
  }
  return { ...scope, facts, ignored };
}

/** A copy of the set holding only the deals that pass `keep`. */
export function filterSet(set: DealSet, keep: (facts: DealFacts) => boolean): DealSet {
  return { ...set, facts: set.facts.filter(keep) };
}
