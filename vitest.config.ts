import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared/vitest.config.ts', 'extension/vitest.config.ts', 'server/vitest.config.ts', 'server/vitest.postgres.config.ts', 'test/vitest.config.ts', 'test/vitest.sync.config.ts'],
  },
});
