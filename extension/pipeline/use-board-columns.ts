import type { Deal, Pipeline } from '@pipeclip/shared';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { CARD_FIELDS, boardColumns, type BoardColumnData } from './board-query.ts';
import { firstScreenFor, retireFirstScreen, type FirstScreen } from './first-screen.ts';
import { BOARD_PAGE } from './pipeline-cache.ts';

/**
 * The board's columns: the boot script's read until Dexie's live query answers, then the live query. Arrays of
 * columns whose deals did not change are kept, so those columns skip re-rendering.
 */
export function useBoardColumns(pipeline: Pipeline | undefined, limits: Record<string, number>): { columns: BoardColumnData[] | undefined; early: FirstScreen | undefined } {
  const read = useLiveQuery(() => (pipeline ? boardColumns(getDb(), pipeline, limits, BOARD_PAGE) : Promise.resolve(undefined)), [pipeline, limits], undefined);
  const early = useFirstScreen(pipeline);
  const columns = useStableColumns(read ?? early?.columns);
  useEffect(() => {
    if (read) retireFirstScreen();
  }, [read]);
  return { columns, early };
}

/** Keeps each column's deal array when a re-read brings the same deals, so unchanged columns skip re-rendering. */
function useStableColumns(next: BoardColumnData[] | undefined): BoardColumnData[] | undefined {
  const last = useRef<BoardColumnData[]>();
  return useMemo(() => {
    if (!next) return next;
    const prev = last.current;
    // Same cards: what a card shows, not only the stamp (a pulled edit may carry an older updatedAt).
    const same = (a: Deal[], b: Deal[]) => a.length === b.length && a.every((d, i) => d.updatedAt === b[i]!.updatedAt && CARD_FIELDS.every((k) => d[k] === b[i]![k]));
    const stable = next.map((c) => {
      const old = prev?.find((p) => p.stageId === c.stageId);
      return old && old.more === c.more && same(old.deals, c.deals) ? old : c;
    });
    last.current = stable;
    return stable;
  }, [next]);
}

/** The boot script's read of the first screen for this pipeline: there at the first render when it was quick enough. */
function useFirstScreen(pipeline: Pipeline | undefined): FirstScreen | undefined {
  const slot = firstScreenFor(pipeline);
  const [late, setLate] = useState<FirstScreen>();
  useEffect(() => {
    if (!slot || slot.value) return;
    let live = true;
    void slot.promise.then((v) => live && v && setLate(v));
    return () => {
      live = false;
    };
  }, [slot]);
  return slot?.value ?? (slot ? late : undefined);
}
