/**
 * The build under a sub-path, tested by `npm test`: the same plain `astro build` as the main site
 * (integrations included) with `SITE_BASE=/guide-siseri/`, into `dist-sous-chemin/`. It also sets
 * a report address, so the « Signaler une erreur » links are tested configured here and
 * unconfigured in the main build. Read by vitest.config.ts (project `e2e-sous-chemin`: the files
 * and, through `env`, the global setup) and by scripts/test-subpath.mjs (the build).
 */
export const SUBPATH_ENV = {
  SITE_BASE: '/guide-siseri/',
  SITE_OUT_DIR: 'dist-sous-chemin',
  SITE_REPORT_URL: 'https://signalement.example/nouveau',
};

/**
 * The browser tests that depend on the path: links, assets, search, the service worker's scope,
 * the manifest, the PDF (the offline walkthrough opens every page, searches, saves a dossier and
 * downloads its PDF; `foundation` walks the step links) and the configured report links. Those
 * that do not are not run again: axe, the récapitulatif's own (import, export, dossiers), the
 * update prompt (service-worker-update), the CSP walkthrough (privacy-csp).
 */
export const SUBPATH_FILES = ['test/e2e/foundation.test.ts', 'test/e2e/offline.test.ts', 'test/e2e/report-link.test.ts'];
