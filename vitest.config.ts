import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure logic, Node), `deep` (the long runs of `npm run test:deep`) and `e2e` (the built `dist/` served on a local port,
 * driven in Chromium through playwright-core). `npm test` builds the site before running both.
 * Browser test files run in parallel, one Chromium per file and per worker (one worker per core).
 * On 2 quiet cores this gains nothing (498 s against 487 s one file at a time: Chromium keeps both
 * cores busy; an earlier « 70 % idle » figure counted Node's CPU only); it scales on more cores.
 * Timeouts are explicit and generous: the suite must hold on 2 shared cores slowed fourfold;
 * property-test sizes come from `test/fixtures/budget.ts` (`npm run test:deep` for long runs).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The long runs (`npm run test:deep`), never part of `npm test`.
        test: {
          name: 'deep',
          include: ['test/deep/**/*.test.ts'],
          environment: 'node',
          testTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
