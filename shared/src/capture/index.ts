export * from './candidate.ts';
export * from './extract.ts';
export * from './json-ld.ts';
