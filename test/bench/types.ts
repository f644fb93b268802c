/** One measured figure, as written to bench/results.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  runs: number;
  min?: number;
  max?: number;
  /** Free text shown in BENCHMARKS.md beside the figure (goal, caveat). */
  note?: string;
}

/**
 * A group of figures measured together (they share set-up). `names` lists every figure the group
 * can produce, so `npm run bench -- <prefix>` can skip groups with nothing to say for the prefix.
 */
export interface BenchGroup {
  title: string;
  names: string[];
  run(wanted: (name: string) => boolean): Promise<BenchResult[]>;
}

export function summarize(name: string, unit: string, samples: number[], note?: string): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    name,
    unit,
    value: round(median),
    runs: samples.length,
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    ...(note ? { note } : {}),
  };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number) => Math.round(n * 1000) / 1000;
