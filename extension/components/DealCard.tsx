import type { Deal } from '@pipeclip/shared';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { CARD_FIELDS } from '../pipeline/board-query.ts';
import { useOwnerName } from '../pipeline/use-members.ts';
import { pure } from './pure.tsx';

/** Height of a card including its gap: the board windows its columns by this. */
export const CARD_HEIGHT = 78;

/** A clock drawn inline: an emoji needs a colour-emoji font, which many Linux desktops lack. */
const ClockIcon = () => (
  <svg class="icon" viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
    <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
  </svg>
);

/** What a card can ask the board to do; one object for the whole board, so cards need not re-render for it. */
export interface CardActions {
  step(deal: Deal, delta: -1 | 1): void;
  open(deal: Deal): void;
  dragStart(deal: Deal): void;
  dragEnd(): void;
}

interface Props {
  deal: Deal;
  focus: boolean;
  actions: CardActions;
}

/** A deal on the board: drag it, or focus it and press Shift+→ / Shift+← to move it a stage; Enter opens it. */
function Card({ deal, focus, actions }: Props) {
  const { t, fmt } = useI18n();
  const ownerName = useOwnerName();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!focus || !el || document.activeElement === el) return;
    el.focus({ preventScroll: true });
    // A keyboard move can land in a column scrolled out of view: bring it in, without jumping when it is in view.
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [focus, deal.stageId]);
  const follow = deal.status === 'open' ? (deal.nextFollowUpAt ?? undefined) : undefined;
  const overdue = follow !== undefined && follow < Date.now();
  const owner = deal.ownerId ? ownerName(deal.ownerId) : undefined;
  const lostReason = deal.status === 'lost' ? deal.lostReason : undefined;
  return (
    <div
      ref={ref}
      class={`deal-card status-${deal.status}`}
      tabIndex={0}
      role="button"
      draggable
      data-deal-id={deal.id}
      aria-label={`${deal.title}, ${fmt.money(deal.value, deal.currency)}${owner ? `, ${t('deal.ownerOf', { name: owner })}` : ''}`}
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/plain', deal.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        actions.dragStart(deal);
      }}
      onDragEnd={actions.dragEnd}
      onClick={() => actions.open(deal)}
      onKeyDown={(e) => {
        if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
          e.preventDefault();
          actions.step(deal, e.key === 'ArrowRight' ? 1 : -1);
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          actions.open(deal);
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const slot = e.currentTarget.parentElement;
          const sibling = (e.key === 'ArrowDown' ? slot?.nextElementSibling : slot?.previousElementSibling)?.firstElementChild as HTMLElement | null | undefined;
          sibling?.focus();
        }
      }}
    >
      <span class="deal-title">{deal.title}</span>
      <span class="deal-meta">
        <span class="deal-value">{fmt.money(deal.value, deal.currency)}</span>
        {deal.expectedCloseAt !== undefined && <span class="deal-close">{fmt.date(deal.expectedCloseAt)}</span>}
      </span>
      {(owner || follow || lostReason) && (
        <span class="deal-foot">
          {/* The follow-up keeps its own room: a long owner name gives way, the date does not. */}
          {follow && (
            <span class={overdue ? 'deal-follow overdue' : 'deal-follow'} title={t('deal.nextFollowUp')}>
              <ClockIcon />
              {fmt.date(follow)}
            </span>
          )}
          {lostReason && (
            <span class="deal-lost" title={lostReason}>
              {lostReason}
            </span>
          )}
          {owner && (
            <span class="deal-owner" title={t('deal.ownerOf', { name: owner })}>
              {owner}
            </span>
          )}
        </span>
      )}
    </div>
  );
}

/** The fields a card shows: a re-read of the same deal (every live query returns new objects) changes none of them. */
const sameCard = (a: Props, b: Props) => a.focus === b.focus && a.actions === b.actions && CARD_FIELDS.every((k) => a.deal[k] === b.deal[k]);

const PureCard = pure(Card, sameCard);

/**
 * A card in its place in the column. The place is the slot's alone: when a move shifts the cards below it,
 * only the slots' `top` changes and the cards themselves do not re-render.
 */
export function DealCard({ top, ...props }: Props & { top: number }) {
  return (
    <div class="deal-slot" style={{ top: `${top}px` }}>
      <PureCard {...props} />
    </div>
  );
}
