import type { Pipeline } from '@pipeclip/shared';
import { pickLocale } from '../i18n/pick-locale.ts';
import { parseDirectory, type MemberDirectory } from './members.ts';
import { pickPipeline } from './pipeline-cache.ts';

/**
 * The board's first screen as this device last painted it (the side panel's HTML), kept in `meta` so the boot
 * script can paint it before the app's modules have loaded. It is used only when everything it shows is unchanged.
 */
export interface FirstScreenSnapshot {
  /** What the HTML was rendered from; see `snapshotContext`. */
  context: string;
  html: string;
  /** When a card shown would change by the clock alone (a follow-up becoming overdue). */
  validUntil: number;
}

export const SNAPSHOT_KEY = 'firstScreenSnapshot';

/** Everything the board's first screen is a function of, besides the deals behind `dealsVersion`. */
export interface SnapshotInputs {
  /** The deals version token (db/deals-version.ts) the shown deals and counters were read at. */
  dealsVersion: string;
  /** The pipelines that are not deleted, as stored. */
  pipelines: Pipeline[];
  /** The pipeline shown. */
  pipelineId: string;
  members: MemberDirectory | undefined;
  locale: string;
}

/**
 * One string for the inputs and the page's own settings (panel size, time zone, build): a snapshot is painted
 * only when its context equals the one computed at boot from the database, so any write to deals (which replaces
 * the deals version in its own transaction), to the pipelines or to the member names makes it unusable.
 */
export function snapshotContext(i: SnapshotInputs, page = pageSettings()): string {
  const members = i.members ? [i.members.meId ?? null, i.members.members] : null;
  return JSON.stringify([i.dealsVersion, i.locale, page, i.pipelineId, i.pipelines, members]);
}

/**
 * The panel's size (which columns and cards are in view), the time zone (the dates shown) and the build: the app's
 * entry file and stylesheet are named by a hash of their content, so an updated extension never paints the markup
 * of the previous one.
 */
const pageSettings = () => [
  globalThis.innerWidth ?? 0,
  globalThis.innerHeight ?? 0,
  new Date().getTimezoneOffset(),
  ...[...(globalThis.document?.querySelectorAll('script[type="module"], link[rel="stylesheet"]') ?? [])].map((e) => e.getAttribute('src') ?? e.getAttribute('href')),
];

export function parseSnapshot(value: unknown): FirstScreenSnapshot | undefined {
  const v = value as Partial<FirstScreenSnapshot> | null | undefined;
  return v && typeof v.context === 'string' && typeof v.html === 'string' && typeof v.validUntil === 'number' ? (v as FirstScreenSnapshot) : undefined;
}

/** The rows the boot script read (in one transaction with the deals); raw, as IndexedDB returned them. */
export interface StoredRows {
  snapshot: unknown;
  dealsVersion: unknown;
  pipelines: Pipeline[];
  members: unknown;
}

/** The snapshot's HTML if it shows exactly what the stored rows and this page would render now, else undefined. */
export function usableSnapshot(rows: StoredRows, selected: string | null, language: string, now = Date.now()): string | undefined {
  const snap = parseSnapshot((rows.snapshot as { value?: unknown } | undefined)?.value);
  const version = (rows.dealsVersion as { value?: unknown } | undefined)?.value;
  const live = rows.pipelines.filter((p) => !p.deletedAt);
  const pipeline = pickPipeline(live, selected);
  if (!snap || typeof version !== 'string' || !pipeline || now >= snap.validUntil) return undefined;
  const members = parseDirectory((rows.members as { value?: unknown } | undefined)?.value);
  const context = snapshotContext({ dealsVersion: version, pipelines: live, pipelineId: pipeline.id, members, locale: pickLocale(language) });
  return context === snap.context ? snap.html : undefined;
}

/** The language the side panel renders in: `?lang=` (tests, benchmarks) or the browser's. */
export const panelLanguage = () => new URLSearchParams(location.search).get('lang') ?? navigator.language;

/**
 * Paints a usable snapshot into the side panel's root, before the app's modules have run. The HTML is the panel's
 * own DOM as serialised by the browser (text escaped), and extension pages run no inline script. The root stays
 * inert (no clicks or focus lost on handlers not attached yet) until the app renders over the same elements.
 * Resolves once the browser reports the frame that shows it (or after 200 ms); undefined when nothing was painted.
 */
export function paintSnapshot(html: string): Promise<void> | undefined {
  const root = document.getElementById('app');
  // The snapshot is of the board, the tab a bare open shows.
  if (!root || root.firstChild || (location.hash && location.hash !== '#board')) return undefined;
  root.inert = true;
  root.innerHTML = html;
  performance.mark('pipeclip-snapshot-painted');
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    // Nothing contentful is painted before the snapshot, so the first contentful paint is its frame: the first
    // screen's mark takes that frame's time. The app marks again when it has taken the board over
    // (hooks/useInteractive.ts); the earlier mark is this one.
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return;
      observer.disconnect();
      clearTimeout(timer);
      performance.mark('pipeclip-interactive', { startTime: paint.startTime });
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}
