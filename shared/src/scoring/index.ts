export * from './activities.ts';
export * from './seniority.ts';
export * from './lead-score.ts';
export * from './dead-leads.ts';
