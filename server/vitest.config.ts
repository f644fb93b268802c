import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server-pglite',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    env: { PIPECLIP_TEST_ENGINE: 'pglite' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
