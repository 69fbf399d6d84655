/**
 * The first visit of a page, counted as the browser fetches it (`npm run size`): the page itself
 * (HTML, CSS, start-up JS as `scripts/size.mjs` measures it), the service worker itself, and
 * every file it precaches at install, read from the manifest inside the built `sw.js`. Each file once, in gzip
 * level 9 bytes: the worker's re-fetch of a file the page already has is a revalidation (the
 * server answers 304). The browser test `test/e2e/network-budget.test.ts` measures the same in
 * Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, measurePage } from './size.mjs';

/**
 * The manifest of the built service worker (see src/integrations/service-worker.mjs).
 * @param {string} root
 * @returns {{ precache: [string, string][], groups: Record<string, string[]> } | null}
 */
export function readSwManifest(root) {
  const file = join(root, 'sw.js');
  if (!existsSync(file)) return null;
  const json = /const MANIFEST = (\{.*?\});\n/.exec(readFileSync(file, 'utf8'))?.[1];
  return json ? JSON.parse(json) : null;
}

/**
 * The first visit of `pageFile` (relative to `root`): total gzip bytes and files.
 * @param {string} root
 * @param {{ base?: string, pageFile?: string }} [o]
 */
export function firstVisit(root, { base = '/', pageFile = 'index.html' } = {}) {
  const b = base.endsWith('/') ? base : `${base}/`;
  const page = measurePage(root, pageFile, { base: b });
  /** @type {Map<string, number>} */
  const files = new Map([[page.html.file, page.html.gzip]]);
  for (const a of [...page.css.files, ...page.startup.files]) files.set(a.file, a.gzip);
  const manifest = readSwManifest(root) ?? { precache: [] };
  if (existsSync(join(root, 'sw.js'))) files.set('sw.js', gzipSize(readFileSync(join(root, 'sw.js'))));
  for (const [url] of manifest.precache) {
    const path = decodeURIComponent(url.slice(b.length));
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (!files.has(file)) files.set(file, gzipSize(readFileSync(join(root, file))));
  }
  const gzip = [...files.values()].reduce((n, x) => n + x, 0);
  return { gzip, count: files.size, precached: manifest.precache.length, serviceWorker: existsSync(join(root, 'sw.js')) };
}
