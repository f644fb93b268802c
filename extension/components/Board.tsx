import type { Deal, Pipeline } from '@pipeclip/shared';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { BOARD_PAGE } from '../pipeline/pipeline-cache.ts';
import { planMove } from '../pipeline/plan-move.ts';
import { useBoardColumns } from '../pipeline/use-board-columns.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { useSummaryState } from '../pipeline/use-summary.ts';
import { BoardColumn, dragging, type ColumnActions } from './BoardColumn.tsx';
import { lazyView } from './lazy-view.tsx';
import { LostReasonDialog } from './LostReasonDialog.tsx';
import { useNav } from './nav.ts';
import { refusalMessage } from './refusal.ts';

const DealList = lazyView(() => import('./DealList.tsx').then((m) => m.DealList));
const NewDealForm = lazyView<{ pipeline: Pipeline; onDone(): void }>(() => import('./NewDealForm.tsx').then((m) => m.NewDealForm));

const PAGE = BOARD_PAGE;
const NONE: Deal[] = [];
/** A column's width plus the gap (style.css: .column flex-basis 176px, .board gap 8px). */
const COLUMN_WIDTH = 184;

/** The kanban board of the current pipeline: virtualised columns, drag-and-drop and keyboard moves. */
export function Board() {
  const { t, stage: stageName } = useI18n();
  const nav = useNav();
  const { pipelines, current, select } = usePipelines();
  const [mode, setMode] = useState<'board' | 'list'>('board');
  const [adding, setAdding] = useState(false);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [moved, setMoved] = useState<Record<string, Deal>>({});
  const [asking, setAsking] = useState<{ deal: Deal; stageId: string } | null>(null);
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string>();
  // The board scrolls sideways: only the columns in view (and one either side) render their cards.
  const [across, setAcross] = useState(() => ({ left: 0, width: document.documentElement.clientWidth || 400 }));
  const boardRef = useRef<HTMLDivElement>(null);
  // A wider panel (the rep drags its edge) shows more columns: their cards render at once, not on the next scroll.
  const hasBoard = mode === 'board' && !!current;
  useEffect(() => {
    const el = boardRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setAcross((a) => (a.width === el.clientWidth ? a : { left: el.scrollLeft, width: el.clientWidth })));
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasBoard]);
  const { columns, early } = useBoardColumns(current, limits);
  const { summary, read: summaryRead } = useSummaryState(current, early?.summary);
  // The first screen is up when the newest deals of every stage and the cached counters are on it.
  useInteractive(columns !== undefined && summaryRead);

  // Optimistic moves stay until the live query shows the deal where it was dropped.
  useEffect(() => {
    if (!columns) return;
    setMoved((m) => {
      const left = Object.fromEntries(Object.entries(m).filter(([id, d]) => !columns.find((c) => c.stageId === d.stageId)?.deals.some((x) => x.id === id && x.updatedAt >= d.updatedAt)));
      return Object.keys(left).length === Object.keys(m).length ? m : left;
    });
  }, [columns]);

  const view = useMemo(() => {
    if (!columns) return [];
    const pending = Object.values(moved);
    return columns.map((c) => {
      const incoming = pending.filter((d) => d.stageId === c.stageId && !c.deals.some((x) => x.id === d.id));
      const touched = incoming.length > 0 || c.deals.some((d) => moved[d.id]);
      const outgoing = touched ? c.deals.filter((d) => moved[d.id] && moved[d.id]!.stageId !== c.stageId).length : 0;
      // Untouched columns keep their array, so they do not re-render for a move elsewhere.
      const deals = touched ? [...incoming, ...c.deals.filter((d) => !moved[d.id] || moved[d.id]!.stageId === c.stageId).map((d) => moved[d.id] ?? d)] : c.deals;
      // Counts from the cached counters when they are fresh; otherwise what is loaded ("40+").
      const counted = summary?.fresh ? summary.rows.filter((r) => r.stageId === c.stageId).reduce((n, r) => n + r.count, 0) : undefined;
      const total = summary ? summary.rows.filter((r) => r.stageId === c.stageId && r.currency === summary.currency).reduce((s, r) => s + r.value, 0) : undefined;
      return { ...c, deals, total, count: counted === undefined ? undefined : counted + incoming.length - outgoing };
    });
  }, [columns, moved, summary]);

  // Handlers read the latest state through a ref, so the one actions object stays the same for the board's life.
  const latest = useRef({ view, current, requestMove: (_deal: Deal, _stageId: string, _reason?: string) => {} });
  const actions = useMemo<ColumnActions>(
    () => ({
      drop: (deal, stageId) => latest.current.requestMove(deal, stageId),
      step(deal, delta) {
        const { current: pipeline, view: cols } = latest.current;
        if (!pipeline) return;
        const now = cols.flatMap((c) => c.deals).find((d) => d.id === deal.id) ?? deal;
        const next = pipeline.stages[pipeline.stages.findIndex((s) => s.id === now.stageId) + delta];
        if (next) latest.current.requestMove(now, next.id);
      },
      more: (stageId) => setLimits((l) => ({ ...l, [stageId]: (l[stageId] ?? PAGE) + PAGE })),
      open: (deal) => nav.open({ kind: 'deal', id: deal.id }),
      dragStart: dragging.start,
      dragEnd: dragging.end,
    }),
    [nav],
  );

  if (!pipelines || !current) return <p class="hint">{t('board.loading')}</p>;

  async function requestMove(given: Deal, stageId: string, lostReason?: string) {
    if (!current) return;
    // The card may hold an older copy of the deal; move the one the board shows now.
    const deal = view.flatMap((c) => c.deals).find((d) => d.id === given.id) ?? given;
    if (deal.stageId === stageId) return;
    const stage = current.stages.find((s) => s.id === stageId)!;
    const now = Date.now();
    const plan = planMove(deal, current, stageId, now, lostReason);
    if (!plan.ok) {
      if (plan.reason === 'needsLostReason') setAsking({ deal, stageId });
      else setMessage(refusalMessage(t, plan, stageName(stage)));
      return;
    }
    const after = { ...deal, ...plan.changes } as Deal;
    setMoved((m) => ({ ...m, [deal.id]: after }));
    setMessage(t('board.moved', { title: deal.title, stage: stageName(stage) }));
    setFocusId(deal.id);
    const { moveDeal } = await import('../pipeline/move.ts');
    await moveDeal(getDb(), deal, current, stageId, lostReason, now);
  }
  latest.current = { view, current, requestMove };

  const bottleneck = summary?.bottleneck;

  return (
    <section class="board-view">
      <header class="board-head">
        {pipelines.length > 1 ? (
          <select aria-label={t('board.pipeline')} value={current.id} onChange={(e) => select(e.currentTarget.value)}>
            {pipelines.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        ) : (
          <h2 class="pipeline-name">{current.name}</h2>
        )}
        <div class="segmented" role="group" aria-label={t('board.viewAs')}>
          <button class={mode === 'board' ? 'chip active' : 'chip'} aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
            {t('board.board')}
          </button>
          <button class={mode === 'list' ? 'chip active' : 'chip'} aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
            {t('board.list')}
          </button>
        </div>
        <button class="primary small" onClick={() => setAdding(!adding)} aria-expanded={adding}>
          {t('board.newDeal')}
        </button>
        <button class="secondary small" onClick={() => nav.open({ kind: 'stages', pipelineId: current.id })}>
          {t('board.editStages')}
        </button>
      </header>
      {adding && <NewDealForm pipeline={current} onDone={() => setAdding(false)} />}
      <p class="board-message" role="status" aria-live="polite">
        {message}
      </p>
      {mode === 'list' ? (
        <DealList pipeline={current} />
      ) : (
        <div
          class="board"
          ref={boardRef}
          onScroll={(e) => {
            const { scrollLeft: left, clientWidth: width } = e.currentTarget;
            if (Math.abs(left - across.left) > COLUMN_WIDTH / 4 || width !== across.width) setAcross({ left, width });
          }}
          role="list" data-summary={summary ? (summary.fresh ? 'fresh' : 'stale') : 'none'} aria-label={t('board.label')} aria-describedby="board-keys">
          <p id="board-keys" class="sr-only">
            {t('board.keys')}
          </p>
          {current.stages.map((stage, i) => {
            const col = view.find((c) => c.stageId === stage.id);
            return (
              <BoardColumn
                key={stage.id}
                stage={stage}
                deals={col?.deals ?? NONE}
                count={col?.count}
                more={col?.more ?? false}
                total={col?.total}
                currency={summary?.currency}
                fresh={summary?.fresh ?? false}
                bottleneck={bottleneck?.conversion === stage.id || bottleneck?.slowest === stage.id}
                focusId={focusId && col?.deals.some((d) => d.id === focusId) ? focusId : undefined}
                visible={(i + 2) * COLUMN_WIDTH > across.left && (i - 1) * COLUMN_WIDTH < across.left + across.width}
                first={i === 0}
                actions={actions}
              />
            );
          })}
        </div>
      )}
      {asking && (
        <LostReasonDialog
          title={asking.deal.title}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => {
            const { deal, stageId } = asking;
            setAsking(null);
            void requestMove(deal, stageId, reason);
          }}
        />
      )}
    </section>
  );
}
