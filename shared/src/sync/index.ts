export * from './hlc.ts';
export * from './merge.ts';
export * from './protocol.ts';
