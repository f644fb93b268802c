// Runs the engine over every corpus case and scores it (fixtures README, "Scoring").
import { extractFromHtml, extractFromMessage, type CliCandidate } from '../extract/run.ts';
import { quagga, unwrapAnnotations, webstruct, type CorpusCase } from './corpora.ts';
import { microformats, schemaorg } from './corpora-markup.ts';
import { readability, talon } from './corpora-other.ts';
import { aggregate, macroF1, scoreCase, type FieldScore } from './score.ts';
import type { Field } from './match.ts';

export interface TierReport {
  tier: string;
  cases: number;
  macroF1: number;
  fields: Partial<Record<Field | 'addressAll', FieldScore>>;
  /** Expected values not scored as label noise. */
  noise: number;
}

export async function runCase(c: CorpusCase): Promise<CliCandidate[]> {
  try {
    if (c.input.kind === 'message') return await extractFromMessage(c.input.raw);
    return extractFromHtml(c.input.html, c.input.url, c.input.unwrapAnnotations ? unwrapAnnotations : undefined);
  } catch (error) {
    throw new Error(`${c.scored.id}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** Scores a set of cases grouped by tier, plus a pooled figure under `pooled` when given. */
export async function scoreCases(cases: CorpusCase[], pooled?: string): Promise<TierReport[]> {
  const byTier = new Map<string, ReturnType<typeof scoreCase>[]>();
  const noise = new Map<string, number>();
  const all: ReturnType<typeof scoreCase>[] = [];
  for (const c of cases) {
    const counts = scoreCase(c.scored, await runCase(c));
    noise.set(c.scored.tier, (noise.get(c.scored.tier) ?? 0) + Object.values(c.scored.noise ?? {}).flat().length);
    (byTier.get(c.scored.tier) ?? byTier.set(c.scored.tier, []).get(c.scored.tier)!).push(counts);
    all.push(counts);
  }
  const reports = [...byTier.entries()].map(([tier, list]) => {
    const fields = aggregate(list);
    return { tier, cases: list.length, macroF1: macroF1(fields), fields, noise: noise.get(tier) ?? 0 };
  });
  if (pooled) {
    const fields = aggregate(all);
    reports.unshift({ tier: pooled, cases: all.length, macroF1: macroF1(fields), fields, noise: [...noise.values()].reduce((a, b) => a + b, 0) });
  }
  return reports;
}

/** Every corpus: webstruct, quagga, schema.org (three tiers), microformats, talon, readability. */
export async function evaluateAll(): Promise<{ headline: number; headlineStrict: number; reports: TierReport[] }> {
  const reports = [
    ...(await scoreCases(webstruct(), 'webstruct')),
    // Multi-prospect view of the same pages: P/R/F1 over the entity sets (diagnostic).
    ...(await scoreCases(webstruct().map((c) => ({ ...c, scored: { ...c.scored, tier: `${c.scored.tier}.entity-sets`, anyMatch: false } })), 'webstruct.entity-sets')),
    ...(await scoreCases(quagga(), 'quagga')),
    ...(await scoreCases(schemaorg('plain'), 'schemaorg.plain.all')),
    ...(await scoreCases(schemaorg('annotated'))),
    ...(await scoreCases(schemaorg('jsonld'))),
    // The same tiers with label noise scored as misses.
    ...(await scoreCases(schemaorg('plain', { strict: true }))),
    ...(await scoreCases(schemaorg('annotated', { strict: true }))),
    ...(await scoreCases(microformats(), 'microformats')),
    // Every card on the page against every engine candidate: the set retrieval over all candidates of a file.
    ...(await scoreCases(microformats().map((c) => ({ ...c, scored: { ...c.scored, tier: 'microformats.pooled', bestPair: undefined } })))),
    ...(await scoreCases(await talon(), 'talon')),
    ...(await scoreCases(readability())),
  ];
  const pick = (t: string) => reports.find((r) => r.tier === t)?.macroF1 ?? 0;
  const headline = (pick('webstruct') + pick('quagga') + pick('schemaorg.plain')) / 3;
  const headlineStrict = (pick('webstruct') + pick('quagga') + pick('schemaorg.plain.strict')) / 3;
  return { headline, headlineStrict, reports };
}
