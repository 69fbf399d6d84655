import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, Node) and `e2e` (the built `dist/` served on a local port,
 * driven in Chromium through playwright-core). `npm test` builds the site before running both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
