/**
 * What Chromium really fetches on a page until the network is idle, service workers blocked: the
 * JS files, split between the first load as `scripts/size.mjs` defines it (static graph) and the
 * chunks the page's code then `import()`s by itself at start-up; and, of all these, the JS whose
 * request started before the `load` event (resource timing), what issue 15's table counts. Sizes
 * are gzip -9 of the files on disk, like the budgets.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, measurePage } from '../size.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './search.mjs';

/** For each site path (`''`, `'etapes/employeur/'`…), the first-load, start-up and before-`load` JS in gzip bytes. */
export async function loadedScripts(root, url, paths) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const out = [];
    for (const p of paths) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const requested = new Set();
      page.on('request', (r) => {
        const u = r.url();
        if (u.startsWith(url) && /\.m?js$/.test(new URL(u).pathname)) requested.add(decodeURIComponent(new URL(u).pathname).slice(new URL(url).pathname.length));
      });
      await page.goto(url + p, { waitUntil: 'networkidle' });
      const beforeLoad = await page.evaluate(() => {
        const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
        return performance.getEntriesByType('resource').filter((e) => e.startTime <= nav.loadEventStart).map((e) => e.name);
      });
      await context.close();
      const firstLoad = new Set(measurePage(root, `${p}index.html`, { base: new URL(url).pathname }).js.files.map((f) => f.file));
      const later = [...requested].filter((f) => !firstLoad.has(f) && !f.startsWith('pagefind/'));
      const gz = (files) => files.reduce((n, f) => n + gzipSize(readFileSync(join(root, f))), 0);
      const local = (u) => decodeURIComponent(new URL(u).pathname).slice(new URL(url).pathname.length);
      const early = [...requested].filter((f) => beforeLoad.some((u) => u.startsWith(url) && local(u) === f));
      out.push({ path: `/${p}`, firstLoadGzip: gz([...firstLoad]), startupImportsGzip: gz(later), startupImports: later.sort(), beforeLoadGzip: gz(early) });
    }
    return out;
  } finally {
    await browser.close();
  }
}
