import type { Deal, Stage } from '@pipeclip/shared';
import type { CounterRow } from '@pipeclip/shared/metrics';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { DealCard, CARD_HEIGHT } from './DealCard.tsx';

interface Props {
  stage: Stage;
  deals: Deal[];
  /** All deals in the stage, when known (from the cached counters). */
  count: number | undefined;
  more: boolean;
  rows: CounterRow[] | undefined;
  currency: string | undefined;
  bottleneck: boolean;
  focusId: string | undefined;
  first: boolean;
  onDrop(deal: Deal): void;
  onStep(deal: Deal, delta: -1 | 1): void;
  onMore(): void;
  onOpen(deal: Deal): void;
}

const OVERSCAN = 4;
let dragged: Deal | undefined;

/**
 * One stage of the board. Only the cards in view are rendered (fixed card height, windowed by scroll
 * position); scrolling near the end of the loaded deals asks the board for the next page.
 */
export function BoardColumn({ stage, deals, count, more, rows, currency, bottleneck, focusId, first, onDrop, onStep, onMore, onOpen }: Props) {
  const { t, fmt } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState(0);
  const [height, setHeight] = useState(480);
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (body.current) setHeight(body.current.clientHeight || 480);
  }, []);

  const start = Math.max(0, Math.floor(scroll / CARD_HEIGHT) - OVERSCAN);
  const end = Math.min(deals.length, Math.ceil((scroll + height) / CARD_HEIGHT) + OVERSCAN);
  const focusAt = focusId ? deals.findIndex((d) => d.id === focusId) : -1;
  const shown = deals.slice(start, end);
  if (focusAt >= 0 && (focusAt < start || focusAt >= end)) shown.unshift(deals[focusAt]!);
  const total = rows && currency ? rows.filter((r) => r.stageId === stage.id && r.currency === currency).reduce((s, r) => s + r.value, 0) : undefined;

  return (
    <div
      class={`column kind-${stage.kind}${over ? ' drop-target' : ''}${bottleneck ? ' bottleneck' : ''}`}
      role="listitem"
      data-stage-id={stage.id}
      aria-label={t('board.columnLabel', { stage: stage.name, count: count ?? deals.length })}
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
        if (deal) onDrop(deal);
      }}
    >
      <header class="column-head">
        <span class="column-name">{stage.name}</span>
        <span class="column-count">{count === undefined ? `${fmt.number(deals.length)}${more ? '+' : ''}` : fmt.number(count)}</span>
        {total !== undefined && currency && <span class="column-total">{fmt.money(total, currency)}</span>}
        {bottleneck && <span class="badge warn" title={t('board.bottleneckHint')}>{t('board.bottleneck')}</span>}
      </header>
      <div
        class="column-body"
        ref={body}
        onScroll={(e) => {
          const el = e.currentTarget;
          setScroll(el.scrollTop);
          if (el.scrollTop + el.clientHeight > deals.length * CARD_HEIGHT - CARD_HEIGHT * 5 && more) onMore();
        }}
      >
        <div class="column-inner" style={{ height: `${Math.max(deals.length, 1) * CARD_HEIGHT}px` }}>
          {deals.length === 0 && <p class="column-empty hint">{first ? t('board.emptyFirst') : t('board.empty')}</p>}
          {shown.map((deal) => {
            const index = deals.indexOf(deal);
            return (
              <DealCard
                key={deal.id}
                deal={deal}
                top={index * CARD_HEIGHT}
                focus={deal.id === focusId}
                onDragStart={() => (dragged = deal)}
                onDragEnd={() => (dragged = undefined)}
                onStep={(delta) => onStep(deal, delta)}
                onOpen={() => onOpen(deal)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
