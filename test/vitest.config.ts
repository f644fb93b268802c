import { defineConfig } from 'vitest/config';

/** Cross-package tests: real Chromium with the built extension against a running server, corpus scoring. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'artifacts/**', 'sync/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // A shared 2-core machine can take more than the default second to re-render after a click.
    expect: { poll: { timeout: 5_000 } },
    globalSetup: ['./setup/build-extension.ts'],
  },
});
