import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server-postgres',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    env: { PIPECLIP_TEST_ENGINE: 'postgres' },
    globalSetup: ['./test-setup/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
