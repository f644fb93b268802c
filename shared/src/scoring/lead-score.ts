import { DAY_MS } from '../metrics/period.ts';
import type { Activity } from '../model/activity.ts';
import type { Company } from '../model/company.ts';
import type { Bant, Person } from '../model/person.ts';
import { activityTime, currentActivities } from './activities.ts';
import { seniorityOf, type Seniority } from './seniority.ts';

/** Points per signal; they add up to 100. */
export const SCORE_POINTS = {
  /** Per BANT criterion met (4 × 10). */
  bantCriterion: 10,
  seniority: { executive: 15, director: 10, manager: 5 } satisfies Record<Seniority, number>,
  /** The person's company is known. */
  company: 5,
  /** The company record has a web presence and a way to reach it. */
  companyDetails: 5,
  email: 5,
  phone: 5,
  /** Per activity, up to {@link SCORE_POINTS.maxActivities} activities. */
  perActivity: 2,
  maxActivities: 5,
  /** By days since the last activity: within 7, 30 or 90 days. */
  recency: [
    [7, 15],
    [30, 8],
    [90, 3],
  ] as const,
} as const;

export type BantCriterion = keyof Bant;

/** One reason behind a score, as a key and numbers, so the UI can say it in the user's language. */
export type ScoreReason =
  | { key: 'bant'; points: number; criteria: BantCriterion[] }
  | { key: 'seniority'; points: number; level: Seniority }
  | { key: 'company' | 'companyDetails' | 'email' | 'phone'; points: number }
  | { key: 'activities'; points: number; count: number }
  | { key: 'recentActivity'; points: number; days: number };

/** A lead score 0..100 and the reasons that made it, largest first. */
export interface LeadScore {
  score: number;
  explanation: ScoreReason[];
}

/**
 * Scores a lead on fit (BANT, seniority of the title, company data, email and phone) and engagement
 * (number and recency of the activities about them). Only reasons worth points are listed.
 */
export function leadScore(
  person: Person,
  activities: readonly Activity[],
  now: number,
  company?: Company,
): LeadScore {
  const reasons: ScoreReason[] = [];
  const criteria = (Object.keys(person.qualification) as BantCriterion[]).filter((k) => person.qualification[k]);
  if (criteria.length) reasons.push({ key: 'bant', points: criteria.length * SCORE_POINTS.bantCriterion, criteria });
  const level = seniorityOf(person.title);
  if (level) reasons.push({ key: 'seniority', points: SCORE_POINTS.seniority[level], level });
  if (person.companyId || person.companyName || company) reasons.push({ key: 'company', points: SCORE_POINTS.company });
  if (company && (company.website || company.domain) && (company.address || company.phone)) {
    reasons.push({ key: 'companyDetails', points: SCORE_POINTS.companyDetails });
  }
  if (person.emails.length) reasons.push({ key: 'email', points: SCORE_POINTS.email });
  if (person.phones.length) reasons.push({ key: 'phone', points: SCORE_POINTS.phone });

  const current = currentActivities(activities).filter((a) => activityTime(a) <= now);
  if (current.length) {
    const counted = Math.min(current.length, SCORE_POINTS.maxActivities);
    reasons.push({ key: 'activities', points: counted * SCORE_POINTS.perActivity, count: current.length });
    const days = Math.floor((now - activityTime(current.at(-1)!)) / DAY_MS);
    const points = SCORE_POINTS.recency.find(([within]) => days <= within)?.[1] ?? 0;
    if (points) reasons.push({ key: 'recentActivity', points, days });
  }
  const score = Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0));
  return { score, explanation: reasons.sort((a, b) => b.points - a.points) };
}
