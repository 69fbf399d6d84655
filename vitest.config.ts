import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SUBPATH_ENV, SUBPATH_FILES } from './scripts/subpath.mjs';

/**
 * Four projects: `unit` (pure logic, Node), `deep` (the long runs of `npm run test:deep`), `e2e`
 * (the built `dist/` served on a local port, driven in Chromium through playwright-core) and
 * `e2e-sous-chemin` (a few of those files against the build under a sub-path, `dist-sous-chemin/`).
 * `npm test` builds both sites, then runs `unit`, then both browser projects in one run.
 * Browser test files run in parallel, one worker per core (`maxWorkers`, set: this Vitest used one
 * worker on 2 cores). The files of a project share one Chromium, started by its global setup: each
 * test opens its own context in it, or takes its file's page emptied (test/e2e/helpers/reused-page.ts).
 * On 2 quiet cores, two workers took the browser tests from 465 s to 387 s (97 % of both cores
 * busy instead of 77 %); the shared Chromium saves ≈ 2 core-seconds a file.
 * Timeouts are explicit and generous: the suite must hold on 2 shared cores slowed fourfold;
 * property-test sizes come from `test/fixtures/budget.ts` (`npm run test:deep` for long runs).
 */
/** The browser projects' settings (see above); each project serves its build and starts its Chromium. */
const BROWSER = {
  environment: 'node',
  globalSetup: ['test/e2e/global-setup.ts'],
  setupFiles: ['test/e2e/setup-browser.ts'],
  maxWorkers: availableParallelism(),
  // The files of a worker share its module cache: playwright-core, axe and the helpers are
  // imported once per worker instead of once per file (≈ 0.7 s a file here). Each test still
  // uses a browser context of its own or emptied: no state of the site is shared between files.
  isolate: false,
  testTimeout: 300_000,
  hookTimeout: 300_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          maxWorkers: availableParallelism(), // 17 s instead of 24–30 s on 2 cores
          // Files of a worker share its module cache (pdf-lib, fontkit, zod, the model are imported
          // once per worker): 17–18 s and ≈ 35 core-s → 9–11 s and ≈ 17 core-s here. Tests that
          // stub globals or use fake timers restore them in afterEach.
          isolate: false,
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
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], ...BROWSER } },
      {
        // The same build under a sub-path (`scripts/test-subpath.mjs` builds it): the tests of
        // links, assets, search, the service worker's scope, the manifest, the PDF and the
        // configured « Signaler une erreur » links, run in the same Vitest run as `e2e`.
        test: { name: 'e2e-sous-chemin', include: SUBPATH_FILES, env: SUBPATH_ENV, ...BROWSER },
      },
    ],
  },
});
