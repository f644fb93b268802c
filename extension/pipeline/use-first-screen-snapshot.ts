import type { Pipeline } from '@pipeclip/shared';
import { useEffect, useRef } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import type { BoardColumnData } from './board-query.ts';
import { SNAPSHOT_KEY, parseSnapshot, snapshotContext, type FirstScreenSnapshot } from './first-screen-snapshot.ts';
import type { MemberDirectory } from './members.ts';
import type { BoardSummary } from './use-summary.ts';

/** What the board shows right now, and whether it shows it as a bare open would (no dialog, move or paging). */
export interface ShownBoard {
  settled: boolean;
  pipelines: Pipeline[] | undefined;
  current: Pipeline | undefined;
  columns: BoardColumnData[] | undefined;
  /** The deals version the columns were read at. */
  version: string | undefined;
  summary: BoardSummary | undefined;
  members: MemberDirectory | undefined;
  locale: string;
}

/**
 * Keeps the stored snapshot of the board's first screen (see first-screen-snapshot.ts) equal to what the board
 * shows, a moment after it last changed. Only a board whose deals and counters were read at the same deals
 * version is recorded, under that version: any later write to deals makes the snapshot unusable.
 */
export function useFirstScreenSnapshot(shown: ShownBoard): void {
  const latest = useRef(shown);
  latest.current = shown;
  const { settled, pipelines, current, columns, version, summary, members, locale } = shown;
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => {
      const snapshot = takeSnapshot(latest.current);
      if (snapshot) void store(snapshot).catch((err: unknown) => console.error('[pipeclip] first screen snapshot failed', err));
    }, 400);
    return () => clearTimeout(timer);
  }, [settled, pipelines, current, columns, version, summary, members, locale]);
}

/** The board's HTML and what it was rendered from, when it can stand for the first screen of a later open. */
export function takeSnapshot(b: ShownBoard, root = document.getElementById('app'), now = Date.now()): FirstScreenSnapshot | undefined {
  const { pipelines, current, columns, version, summary } = b;
  if (!b.settled || !root || root.inert || !pipelines || !current || !columns || !version || !summary?.fresh || summary.version !== version) return undefined;
  const board = root.querySelector<HTMLElement>('main.view-board .board');
  // A bare open shows the board scrolled to the start, nothing dragged over.
  if (!board || board.scrollLeft || [...board.querySelectorAll('.column-body')].some((c) => c.scrollTop) || board.querySelector('.drop-target')) return undefined;
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelector('.sync-status')?.remove();
  const message = copy.querySelector('.board-message');
  if (message) message.textContent = '';
  // A follow-up falling due turns its card overdue without any write.
  const due = columns.flatMap((c) => c.deals).filter((d) => d.status === 'open' && d.nextFollowUpAt !== undefined && d.nextFollowUpAt > now);
  return {
    context: snapshotContext({ dealsVersion: version, pipelines, pipelineId: current.id, members: b.members, locale: b.locale }),
    html: copy.innerHTML,
    validUntil: Math.min(Number.MAX_SAFE_INTEGER, ...due.map((d) => d.nextFollowUpAt!)),
  };
}

async function store(snapshot: FirstScreenSnapshot): Promise<void> {
  const db = getDb();
  const held = parseSnapshot((await db.meta.get(SNAPSHOT_KEY))?.value);
  if (held && held.context === snapshot.context && held.html === snapshot.html && held.validUntil === snapshot.validUntil) return;
  await db.meta.put({ key: SNAPSHOT_KEY, value: snapshot });
}
