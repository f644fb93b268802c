import type { LeadScore, ScoreReason } from '@pipeclip/shared/scoring';
import type { I18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';

function reasonText(t: I18n['t'], r: ScoreReason): string {
  switch (r.key) {
    case 'bant':
      return t('score.bant', { criteria: r.criteria.map((c) => t(`bant.${c}` as MessageKey)).join(', ') });
    case 'seniority':
      return t(`score.seniority.${r.level}` as MessageKey);
    case 'activities':
      return t('score.activities', { count: r.count });
    case 'recentActivity':
      return t('score.recent', { days: r.days });
    default:
      return t(`score.${r.key}` as MessageKey);
  }
}

/** The score's one-line explanation in the rep's language: "BANT: budget, need · executive · email". */
export function scoreExplanation(t: I18n['t'], score: LeadScore): string {
  return score.explanation.length ? score.explanation.map((r) => `${reasonText(t, r)} +${r.points}`).join(' · ') : t('score.none');
}
