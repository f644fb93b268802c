export * from './common.ts';
export * from './person.ts';
export * from './company.ts';
export * from './pipeline.ts';
export * from './stage-names.ts';
export * from './deal.ts';
export * from './activity.ts';
export * from './team.ts';
