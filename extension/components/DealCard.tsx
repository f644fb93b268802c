import type { Deal } from '@pipeclip/shared';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';

/** Height of a card including its gap: the board windows its columns by this. */
export const CARD_HEIGHT = 66;

interface Props {
  deal: Deal;
  top: number;
  focus: boolean;
  onDragStart(): void;
  onDragEnd(): void;
  onStep(delta: -1 | 1): void;
  onOpen(): void;
}

/** A deal on the board: drag it, or focus it and press Shift+→ / Shift+← to move it a stage; Enter opens it. */
export function DealCard({ deal, top, focus, onDragStart, onDragEnd, onStep, onOpen }: Props) {
  const { t, fmt } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && document.activeElement !== ref.current) ref.current?.focus({ preventScroll: true });
  }, [focus, deal.stageId]);
  const overdue = deal.nextFollowUpAt !== undefined && deal.nextFollowUpAt < Date.now() && deal.status === 'open';
  return (
    <div
      ref={ref}
      class={`deal-card status-${deal.status}`}
      style={{ top: `${top}px` }}
      tabIndex={0}
      role="button"
      draggable
      data-deal-id={deal.id}
      aria-label={`${deal.title}, ${fmt.money(deal.value, deal.currency)}`}
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/plain', deal.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
          e.preventDefault();
          onStep(e.key === 'ArrowRight' ? 1 : -1);
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const sibling = (e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling) as HTMLElement | null;
          sibling?.focus();
        }
      }}
    >
      <span class="deal-title">{deal.title}</span>
      <span class="deal-meta">
        <span class="deal-value">{fmt.money(deal.value, deal.currency)}</span>
        {deal.expectedCloseAt !== undefined && <span class="deal-close">{fmt.date(deal.expectedCloseAt)}</span>}
        {deal.nextFollowUpAt !== undefined && deal.status === 'open' && (
          <span class={overdue ? 'deal-follow overdue' : 'deal-follow'} title={t('deal.nextFollowUp')}>
            ⏰ {fmt.date(deal.nextFollowUpAt)}
          </span>
        )}
        {deal.status === 'lost' && deal.lostReason && <span class="deal-lost">{deal.lostReason}</span>}
      </span>
    </div>
  );
}
