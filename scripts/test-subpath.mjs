#!/usr/bin/env node
/**
 * Proves the site works when deployed under a sub-path: builds it with the same plain
 * `astro build` as the main site (integrations included), `SITE_BASE=/guide-siseri/`, into
 * `dist-sous-chemin/`, then runs the browser tests that cover
 * links, assets, search, the service worker's scope, the manifest, the PDF and the configured
 * « Signaler une erreur » links against it (the offline walkthrough opens every page, searches,
 * saves a dossier and downloads its PDF; `foundation` walks the step links). Tests that do not
 * depend on the path are not run again: the récapitulatif's own (import, export, dossiers), the
 * update prompt (service-worker-update) and the CSP walkthrough (privacy-csp).
 */
import { spawnSync } from 'node:child_process';

// The sub-path build also sets a report address, so the « Signaler une erreur » links are tested
// configured here and unconfigured in the main build.
const env = { ...process.env, SITE_BASE: '/guide-siseri/', SITE_OUT_DIR: 'dist-sous-chemin', SITE_REPORT_URL: 'https://signalement.example/nouveau', ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
console.log('Sous-chemin : construction avec SITE_BASE=/guide-siseri/…');
run('npx', ['astro', 'build', '--silent']);
run('npx', ['vitest', 'run', '--project', 'e2e', 'test/e2e/foundation.test.ts', 'test/e2e/offline.test.ts', 'test/e2e/report-link.test.ts']);
