import type { CaptureResult, Candidate } from './candidate.ts';
import { extractJsonLd } from './json-ld.ts';

export interface ExtractOptions {
  /** The rep's text selection, when the capture was started from one. */
  selection?: string;
  /** Stop trying further sources after this many milliseconds. */
  budgetMs?: number;
  now?: () => number;
}

/** Runs every capture source over a page and returns ranked, de-duplicated candidates. */
export function extractCandidates(doc: Document, pageUrl: string, options: ExtractOptions = {}): CaptureResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const candidates: Candidate[] = [...extractJsonLd(doc)];
  candidates.sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.confidence - a.confidence);
  return {
    url: pageUrl,
    title: doc.title || undefined,
    candidates,
    elapsedMs: now() - started,
    truncated: false,
    notices: [],
  };
}
