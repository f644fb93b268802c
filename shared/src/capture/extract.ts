import type { CaptureResult, Candidate } from './candidate.ts';
import { createBudget, type Budget } from './budget.ts';
import { extractJsonLd } from './json-ld.ts';
import { extractMicrodata, extractRdfa } from './microdata.ts';
import { extractHCards } from './h-card.ts';
import { extractPageText } from './page-text.ts';
import { extractSelection } from './selection.ts';
import { mergeCandidates } from './merge.ts';
import { finalise } from './finalise.ts';
import { defaultRegion } from './normalise.ts';
import { readMeta } from './meta.ts';
import { clean } from './clean.ts';

export interface ExtractOptions {
  /** The rep's text selection, when the capture was started from one. */
  selection?: string;
  /**
   * Stop trying further sources after this many milliseconds (default 500): a guard against hangs on hostile pages,
   * not a speed target; an ordinary page takes a few milliseconds, and a tight budget cut pages short on a busy machine.
   */
  budgetMs?: number;
  now?: () => number;
  /** Locale for phone numbers without a country code, e.g. `de-DE` (default: the page's language or TLD). */
  locale?: string;
}

type Source = (doc: Document, url: string, budget: Budget) => Candidate[];

/** Structured sources first: when they name someone, the text heuristics only fill gaps. */
const SOURCES: [string, Source][] = [
  ['json-ld', (doc, _url, b) => extractJsonLd(doc, b)],
  ['microdata', (doc, url, b) => extractMicrodata(doc, url, b)],
  ['rdfa', (doc, url, b) => extractRdfa(doc, url, b)],
  ['h-card', (doc, url, b) => extractHCards(doc, doc, url, b)],
];

/** Runs every capture source over a page and returns ranked, de-duplicated candidates. Never throws on page content. */
export function extractCandidates(doc: Document, pageUrl: string, options: ExtractOptions = {}): CaptureResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const budget = createBudget(options.budgetMs ?? 500, now);
  const meta = readMeta(doc);
  const region = defaultRegion(pageUrl, options.locale ?? meta.lang);
  const notices: string[] = [];
  let candidates: Candidate[] = [];
  if (options.selection?.trim()) {
    candidates = extractSelection(options.selection, region);
  } else {
    for (const [name, source] of SOURCES) {
      if (budget.expired()) break;
      try {
        candidates.push(...source(doc, pageUrl, budget));
      } catch {
        notices.push(`source-failed:${name}`);
      }
    }
    if (!budget.expired()) {
      try {
        candidates.push(...extractPageText(doc, pageUrl, region, meta, budget, candidates));
      } catch {
        notices.push('source-failed:text');
      }
    }
  }
  const merged = finalise(mergeCandidates(candidates), region, pageUrl).slice(0, 200);
  return {
    url: pageUrl,
    title: clean(doc.title, 500) || undefined,
    candidates: merged,
    elapsedMs: now() - started,
    truncated: budget.truncated,
    notices,
  };
}
