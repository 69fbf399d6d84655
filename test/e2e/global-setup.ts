/**
 * Serves the built site (`dist/`, built by `npm test` before vitest runs) on a free local port
 * for the browser tests, and starts the Chromium they share — loudly, never a silent skip.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumPath, launchBrowserServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    sitePath: string;
    /** Whether this project's build has a report address (`SITE_REPORT_URL` or `SITE_REPORT_EMAIL`). */
    reportConfigured: boolean;
    /** The shared Chromium's endpoint, for `connectBrowser`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  // The project's own `env` (the sub-path project's build and base), else the process's.
  const env = { ...process.env, ...(project.config.env as Record<string, string> | undefined) };
  const root = env.SITE_OUT_DIR || 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/index.html manque : lancez « npm test » (qui construit le site) ou « npm run build ».`);
  chromiumPath(); // throws with an explanation when Chromium is missing
  const base = env.SITE_BASE || '/';
  const { server, url } = await startStaticServer({ root, base });
  project.provide('baseUrl', url);
  project.provide('sitePath', root);
  // From the project, not from the test worker's environment: a worker may run files of both projects.
  project.provide('reportConfigured', Boolean(env.SITE_REPORT_URL || env.SITE_REPORT_EMAIL));
  const chromium = await launchBrowserServer();
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await new Promise((ok) => server.close(ok));
  };
}
