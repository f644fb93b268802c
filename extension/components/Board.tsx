import type { Deal, Pipeline } from '@pipeclip/shared';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useInteractive } from '../hooks/useInteractive.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { boardColumns } from '../pipeline/board-query.ts';
import { planMove } from '../pipeline/plan-move.ts';
import { usePipelines } from '../pipeline/use-pipeline.ts';
import { useSummary } from '../pipeline/use-summary.ts';
import { BoardColumn } from './BoardColumn.tsx';
import { lazyView } from './lazy-view.tsx';
import { LostReasonDialog } from './LostReasonDialog.tsx';
import { useNav } from './nav.ts';
import { refusalMessage } from './refusal.ts';

const DealList = lazyView(() => import('./DealList.tsx').then((m) => m.DealList));
const NewDealForm = lazyView<{ pipeline: Pipeline; onDone(): void }>(() => import('./NewDealForm.tsx').then((m) => m.NewDealForm));

const PAGE = 40;

/** The kanban board of the current pipeline: virtualised columns, drag-and-drop and keyboard moves. */
export function Board() {
  const { t } = useI18n();
  const nav = useNav();
  const { pipelines, current, select } = usePipelines();
  const [mode, setMode] = useState<'board' | 'list'>('board');
  const [adding, setAdding] = useState(false);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [moved, setMoved] = useState<Record<string, Deal>>({});
  const [asking, setAsking] = useState<{ deal: Deal; stageId: string } | null>(null);
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string>();
  const columns = useLiveQuery(() => (current ? boardColumns(getDb(), current, limits, PAGE) : Promise.resolve(undefined)), [current, limits], undefined);
  const summary = useSummary(current);
  useInteractive(columns !== undefined);

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
    return columns.map((c) => {
      const incoming = Object.values(moved).filter((d) => d.stageId === c.stageId && !c.deals.some((x) => x.id === d.id));
      const outgoing = c.deals.filter((d) => moved[d.id] && moved[d.id]!.stageId !== c.stageId).length;
      const deals = [...incoming, ...c.deals.filter((d) => !moved[d.id] || moved[d.id]!.stageId === c.stageId).map((d) => moved[d.id] ?? d)];
      // Counts from the cached counters when they are fresh; otherwise what is loaded ("40+").
      const counted = summary?.fresh ? summary.rows.filter((r) => r.stageId === c.stageId).reduce((n, r) => n + r.count, 0) : undefined;
      return { ...c, deals, count: counted === undefined ? undefined : counted + incoming.length - outgoing };
    });
  }, [columns, moved, summary]);

  if (!pipelines || !current) return <p class="hint">{t('board.loading')}</p>;

  async function requestMove(deal: Deal, stageId: string, lostReason?: string) {
    if (!current || deal.stageId === stageId) return;
    const stage = current.stages.find((s) => s.id === stageId)!;
    const now = Date.now();
    const plan = planMove(deal, current, stageId, now, lostReason);
    if (!plan.ok) {
      if (plan.reason === 'needsLostReason') setAsking({ deal, stageId });
      else setMessage(refusalMessage(t, plan, stage.name));
      return;
    }
    const after = { ...deal, ...plan.changes } as Deal;
    setMoved((m) => ({ ...m, [deal.id]: after }));
    setMessage(t('board.moved', { title: deal.title, stage: stage.name }));
    setFocusId(deal.id);
    const { moveDeal } = await import('../pipeline/move.ts');
    await moveDeal(getDb(), deal, current, stageId, lostReason, now);
  }

  const stageIndex = (id: string) => current.stages.findIndex((s) => s.id === id);
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
        <div class="board" role="list" aria-label={t('board.label')} aria-describedby="board-keys">
          <p id="board-keys" class="sr-only">
            {t('board.keys')}
          </p>
          {current.stages.map((stage, i) => {
            const col = view.find((c) => c.stageId === stage.id);
            return (
              <BoardColumn
                key={stage.id}
                stage={stage}
                deals={col?.deals ?? []}
                count={col?.count}
                more={col?.more ?? false}
                rows={summary?.rows}
                currency={summary?.currency}
                bottleneck={bottleneck?.conversion === stage.id || bottleneck?.slowest === stage.id}
                focusId={focusId}
                onDrop={(deal) => void requestMove(deal, stage.id)}
                onStep={(deal, delta) => {
                  const next = current.stages[stageIndex(deal.stageId) + delta];
                  if (next) void requestMove(deal, next.id);
                }}
                onMore={() => setLimits((l) => ({ ...l, [stage.id]: (l[stage.id] ?? PAGE) + PAGE }))}
                onOpen={(deal) => nav.open({ kind: 'deal', id: deal.id })}
                first={i === 0}
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
