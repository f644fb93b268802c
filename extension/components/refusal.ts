import type { I18n } from '../hooks/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { MoveRefusal } from '../pipeline/plan-move.ts';

/** Says in the rep's language why a deal may not enter a stage. */
export function refusalMessage(t: I18n['t'], refusal: MoveRefusal, stage: string): string {
  if (refusal.reason === 'needsQualification') {
    const missing = refusal.missing.map((k) => t(`bant.${k}` as MessageKey)).join(', ');
    return t('move.needsQualification', { stage, missing });
  }
  if (refusal.reason === 'needsLostReason') return t('move.needsLostReason');
  return t('move.unknownStage');
}
