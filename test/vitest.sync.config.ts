import { defineConfig } from 'vitest/config';

/** The sync fault harness: the real client code on fake-indexeddb against the real server over HTTP. */
export default defineConfig({
  test: {
    name: 'sync',
    root: import.meta.dirname,
    include: ['sync/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
