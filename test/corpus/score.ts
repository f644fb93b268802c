import { ADDRESS_PARTS, FIELDS, matches, type Field, type MatchContext } from './match.ts';

/** What the engine returned for one file, in the CLI's shape. */
export interface OutCandidate {
  name?: string;
  title?: string;
  company?: string;
  emails?: string[];
  phones?: string[];
  urls?: string[];
  address?: { street?: string; locality?: string; region?: string; postcode?: string; country?: string; full?: string };
}

export type Values = Partial<Record<Field, string[]>>;

/** One scored case: expected sets, and how to count them. */
export interface ScoredCase {
  id: string;
  tier: string;
  expected: Values;
  /** Fields to score; predictions for other fields are ignored. */
  fields: Field[];
  /** Recall counts one hit per field and case (Quagga: any annotated signature is acceptable). */
  anyMatch?: boolean;
  /** Fields scored for precision only (no recall), e.g. invented titles where no signature is annotated. */
  precisionOnly?: Field[];
  /** Expected values left out of the scoring as label noise (the input does not contain them). */
  noise?: Values;
  /** Values that are neither right nor wrong (fax numbers predicted as phones, header names). */
  neutral?: Values;
  ctx?: MatchContext;
  /**
   * One record per expected item (microformats: each h-card). The case is scored on the best-matching pair of one
   * expected record and one engine candidate, as README §4.4 asks, instead of pooling every card on the page.
   */
  bestPair?: Values[];
  /** Score only the engine's one answer per field: its highest-ranked value (Readability: "the engine's name"). */
  single?: boolean;
}

export interface Counts {
  tpP: number;
  nP: number;
  tpE: number;
  nE: number;
}

const zero = (): Counts => ({ tpP: 0, nP: 0, tpE: 0, nE: 0 });

/** Predicted values per field, pooled over all candidates of a file (set retrieval). */
export function predictedValues(candidates: OutCandidate[]): Values {
  const out: Values = {};
  const add = (f: Field, v: string | undefined) => {
    if (v && v.trim()) (out[f] ??= []).includes(v) || out[f]!.push(v);
  };
  for (const c of candidates) {
    add('name', c.name);
    add('title', c.title);
    add('company', c.company);
    c.emails?.forEach((v) => add('email', v));
    c.phones?.forEach((v) => add('phone', v));
    c.urls?.forEach((v) => add('website', v));
    const a = c.address;
    if (a) {
      add('street', a.street);
      add('locality', a.locality);
      add('region', a.region);
      add('postcode', a.postcode);
      add('country', a.country);
      add('address', a.full ?? [a.street, a.locality, a.region, a.postcode, a.country].filter(Boolean).join(', '));
    }
  }
  return out;
}

/** Counts for one case, per field. */
export function scoreCase(sc: ScoredCase, candidates: OutCandidate[]): Partial<Record<Field, Counts>> {
  if (sc.bestPair?.length) {
    let best: Partial<Record<Field, Counts>> | undefined;
    let bestScore = -Infinity;
    for (const expected of sc.bestPair) {
      for (const c of candidates.length ? candidates : [{}]) {
        const counts = scoreCase({ ...sc, expected, fields: Object.keys(expected) as Field[], bestPair: undefined }, [c]);
        const all = Object.values(counts);
        const score = all.reduce((n, x) => n + x!.tpE + x!.tpP - x!.nP, 0) - all.reduce((n, x) => n + x!.nE, 0) / 100;
        if (score > bestScore) [best, bestScore] = [counts, score];
      }
    }
    return best!;
  }
  const predicted = predictedValues(candidates);
  if (sc.single) for (const f of Object.keys(predicted) as Field[]) predicted[f] = predicted[f]!.slice(0, 1);
  const out: Partial<Record<Field, Counts>> = {};
  for (const field of sc.fields) {
    const m = (p: string, e: string) => matches(field, p, e, sc.ctx);
    // Sets, not mentions: a value repeated on the page (or spelled the same way twice) counts once.
    const exp = (sc.expected[field] ?? []).reduce<string[]>((acc, e) => (acc.some((x) => m(x, e)) ? acc : [...acc, e]), []);
    const neutral = sc.neutral?.[field] ?? [];
    const pred = (predicted[field] ?? []).filter((p) => exp.some((e) => m(p, e)) || !neutral.some((n) => m(p, n)));
    const c = zero();
    c.nP = pred.length;
    c.tpP = pred.filter((p) => exp.some((e) => m(p, e))).length;
    if (!sc.precisionOnly?.includes(field)) {
      const hits = exp.filter((e) => pred.some((p) => m(p, e))).length;
      c.nE = sc.anyMatch ? Math.min(1, exp.length) : exp.length;
      c.tpE = sc.anyMatch ? Math.min(1, hits) : hits;
    }
    out[field] = c;
  }
  return out;
}

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function toScore(c: Counts): FieldScore {
  const precision = c.nP ? c.tpP / c.nP : c.nE ? 0 : 1;
  const recall = c.nE ? c.tpE / c.nE : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Sums case counts per field; the address parts are also pooled into `address`. */
export function aggregate(perCase: Partial<Record<Field, Counts>>[]): Partial<Record<Field | 'addressAll', FieldScore>> {
  const sums: Partial<Record<Field | 'addressAll', Counts>> = {};
  for (const one of perCase) {
    for (const [f, c] of Object.entries(one) as [Field, Counts][]) {
      for (const key of ADDRESS_PARTS.includes(f) ? [f, 'addressAll' as const] : [f]) {
        const s = (sums[key] ??= zero());
        s.tpP += c.tpP;
        s.nP += c.nP;
        s.tpE += c.tpE;
        s.nE += c.nE;
      }
    }
  }
  return Object.fromEntries(Object.entries(sums).map(([k, c]) => [k, toScore(c)]));
}

/** Macro F1 over the canonical fields that have expected values (address parts count as one field). */
export function macroF1(scores: Partial<Record<Field | 'addressAll', FieldScore>>): number {
  const keys = ['name', 'title', 'company', 'email', 'phone', 'website', 'addressAll'] as const;
  const f1s = keys.map((k) => scores[k]).filter((s): s is FieldScore => !!s && s.nE > 0).map((s) => s.f1);
  return f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0;
}

export { FIELDS };
