import type { Deal, Stage } from '@pipeclip/shared';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { DealCard, CARD_HEIGHT, type CardActions } from './DealCard.tsx';
import { pure } from './pure.tsx';

/** What a column can ask the board to do (stable for the board's lifetime). */
export interface ColumnActions extends CardActions {
  drop(deal: Deal, stageId: string): void;
  more(stageId: string): void;
}

interface Props {
  stage: Stage;
  deals: Deal[];
  /** All deals in the stage, when known (from the cached counters). */
  count: number | undefined;
  more: boolean;
  /** The stage's value in `currency`, from the cached counters. */
  total: number | undefined;
  currency: string | undefined;
  /** Whether the counters behind `total` are up to date; stale ones show dimmed until the recount lands. */
  fresh: boolean;
  bottleneck: boolean;
  /** The focused deal, when it is in this column. */
  focusId: string | undefined;
  /** Whether the column is (nearly) scrolled into the board's view; columns out of view render no cards. */
  visible: boolean;
  first: boolean;
  actions: ColumnActions;
}

const OVERSCAN = 2;
let dragged: Deal | undefined;

/**
 * One stage of the board. Only the cards in view are rendered (fixed card height, windowed by scroll
 * position); scrolling near the end of the loaded deals asks the board for the next page. A column re-renders
 * only when its own props change, so a move repaints two columns, not the board.
 */
function Column({ stage, deals, count, more, total, currency, fresh, bottleneck, focusId, visible, first, actions }: Props) {
  const { t, fmt, stage: stageName } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState(0);
  const [height, setHeight] = useState(480);
  const [over, setOver] = useState(false);
  // Measured before the first paint, so the first frame already holds every card in view (measured after it, a
  // tall panel showed the cards below 480 px one frame later).
  useLayoutEffect(() => {
    if (body.current) setHeight(body.current.clientHeight || 480);
  }, []);

  const start = Math.max(0, Math.floor(scroll / CARD_HEIGHT) - OVERSCAN);
  const end = visible ? Math.min(deals.length, Math.ceil((scroll + height) / CARD_HEIGHT) + OVERSCAN) : start;
  const focusAt = focusId ? deals.findIndex((d) => d.id === focusId) : -1;
  const shown: [Deal, number][] = [];
  for (let i = start; i < end; i++) shown.push([deals[i]!, i]);
  if (focusAt >= 0 && (focusAt < start || focusAt >= end)) shown.unshift([deals[focusAt]!, focusAt]);

  return (
    <div
      class={`column kind-${stage.kind}${over ? ' drop-target' : ''}${bottleneck ? ' bottleneck' : ''}`}
      role="listitem"
      data-stage-id={stage.id}
      aria-label={t('board.columnLabel', { stage: stageName(stage), count: count ?? deals.length })}
      onDragOver={(e) => {
        if (!dragged) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const deal = dragged;
        dragged = undefined;
        if (deal) actions.drop(deal, stage.id);
      }}
    >
      <header class="column-head">
        <span class="column-name">{stageName(stage)}</span>
        <span class="column-count">{count === undefined ? `${fmt.number(deals.length)}${more ? '+' : ''}` : fmt.number(count)}</span>
        {total !== undefined && currency && (
          <span class={fresh ? 'column-total' : 'column-total stale'} aria-busy={!fresh} title={fresh ? undefined : t('board.totalsUpdating')}>
            {fmt.money(total, currency)}
          </span>
        )}
        {bottleneck && (
          <span class="badge warn" title={t('board.bottleneckHint')}>
            {t('board.bottleneck')}
          </span>
        )}
      </header>
      <div
        class="column-body"
        ref={body}
        onScroll={(e) => {
          const el = e.currentTarget;
          setScroll(el.scrollTop);
          if (el.scrollTop + el.clientHeight > deals.length * CARD_HEIGHT - CARD_HEIGHT * 5 && more) actions.more(stage.id);
        }}
      >
        <div class="column-inner" style={{ height: `${Math.max(deals.length, 1) * CARD_HEIGHT}px` }}>
          {deals.length === 0 && <p class="column-empty hint">{first ? t('board.emptyFirst') : t('board.empty')}</p>}
          {shown.map(([deal, index]) => (
            <DealCard key={deal.id} deal={deal} top={index * CARD_HEIGHT} focus={deal.id === focusId} actions={actions} />
          ))}
        </div>
      </div>
    </div>
  );
}

export const BoardColumn = pure(Column);

/** Lets a card being dragged be picked up by the column it is dropped on. */
export const dragging = {
  start: (deal: Deal) => (dragged = deal),
  end: () => (dragged = undefined),
};
