/**
 * Service-worker helpers for the browser tests: the groups of files the built `sw.js` caches on
 * demand (read from its manifest), and a wait until a group is entirely in the runtime cache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The manifest embedded in the built `sw.js` (see src/integrations/service-worker.mjs). */
export interface SwManifest {
  precache: [string, string][];
  groups: Record<string, string[]>;
  notFound: string;
}

/** Reads the manifest of `sitePath/sw.js`. */
function swManifest(sitePath: string): SwManifest {
  const code = readFileSync(join(sitePath, 'sw.js'), 'utf8');
  const json = /const MANIFEST = (\{.*?\});\n/.exec(code)?.[1];
  if (!json) throw new Error(`pas de manifeste dans ${sitePath}/sw.js`);
  return JSON.parse(json) as SwManifest;
}

/** Waits until every file of `group` is in the service worker's runtime cache. */
export async function waitForWarmGroup(page: Page, sitePath: string, group: string): Promise<void> {
  const urls = swManifest(sitePath).groups[group] ?? [];
  if (!urls.length) throw new Error(`groupe « ${group} » vide ou absent du manifeste`);
  // Polled from Node: `waitForFunction` does not await an async predicate.
  const deadline = Date.now() + 240_000; // within the test's 300 s, for a machine many times slower
  for (;;) {
    const missing = await page.evaluate(async (paths) => {
      const cache = await caches.open('guide-siseri-runtime');
      const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
      return paths.filter((p) => !have.has(p));
    }, urls);
    if (!missing.length) return;
    if (Date.now() > deadline) throw new Error(`pas en cache après 240 s : ${missing.join(', ')}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

/** Waits until the service worker controls the page (it has then precached everything). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
