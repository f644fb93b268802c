export * from './ids.ts';
export * from './model/index.ts';
export * from './sync/index.ts';
