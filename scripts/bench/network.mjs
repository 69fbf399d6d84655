/**
 * Bytes fetched in Chromium, as issue 15's table counts them (medians of `runs` fresh contexts):
 * - the first visit of `/` with the service worker's precache: gzip bytes and requests;
 * - the first « Télécharger l’Annexe 1 (PDF) » click of a French dossier (service worker blocked):
 *   gzip bytes, cold time on localhost (click → download), and an estimate on Lighthouse's slow
 *   4G (150 ms round trip, 1.6 Mbit/s): 2 round trips + bytes / throughput.
 * Each file fetched over the network counts the gzip -9 size of the built file, like the budgets.
 * A site without a service worker (the Starlight anchor): `serviceWorker: false`, the first visit
 * ends at network idle; no export file (`exportJson` null): no PDF click.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from '../size.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './search.mjs';
import { median } from './stats.mjs';

const SLOW_4G = { rttMs: 150, bitsPerSecond: 1.6 * 1024 * 1024 };

/** Slow-4G estimate of fetching `bytes` in sequence-free requests after the click. */
export const slow4gMs = (bytes) => 2 * SLOW_4G.rttMs + (bytes * 8 * 1000) / SLOW_4G.bitsPerSecond;

function recorder(context, root, url) {
  const base = new URL(url).pathname;
  const fetched = [];
  const cache = new Map();
  context.on('requestfinished', (request) => {
    fetched.push(
      (async () => {
        const response = await request.response();
        if (!response || !request.url().startsWith(new URL(url).origin) || response.fromServiceWorker() || response.status() !== 200) return 0;
        if ((await request.sizes()).responseBodySize === 0) return 0;
        const path = decodeURIComponent(new URL(request.url()).pathname).slice(base.length);
        const file = join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
        if (!cache.has(file)) cache.set(file, gzipSize(readFileSync(file)));
        return cache.get(file);
      })(),
    );
  });
  return async () => {
    const sizes = (await Promise.all(fetched)).filter((n) => n > 0);
    return { gzip: sizes.reduce((n, x) => n + x, 0), requests: sizes.length };
  };
}

/**
 * @param {string} root  the built site
 * @param {string} url   where it is served (with its base)
 * @param {string | null} exportJson  an export file holding one French dossier (null: no PDF click)
 * @param {{ runs?: number, serviceWorker?: boolean }} [o]
 */
export async function benchNetwork(root, url, exportJson, { runs = 3, serviceWorker = true } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const visits = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const done = recorder(context, root, url);
      await page.goto(url);
      if (serviceWorker) await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      visits.push(await done());
      await context.close();
    }
    const clicks = [];
    for (let i = 0; exportJson !== null && i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${url}recapitulatif/`);
      // The whole summary drawn (it appears a few lines per task), so that its drawing is not timed with the click.
      const drawn = () => (document.querySelector('.recap__ready')?.textContent ?? '').length > 0 && document.querySelector('[aria-labelledby="recap-etapes"]')?.getAttribute('aria-busy') === 'false';
      await page.waitForFunction(drawn);
      await page.setInputFiles('#importer-fichier', { name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(exportJson) });
      await page.getByRole('button', { name: 'Ajouter aux dossiers de ce navigateur' }).click();
      await page.waitForFunction(() => /importé/.test(document.querySelector('.recap__import')?.textContent ?? ''));
      await page.waitForFunction(drawn);
      await page.waitForLoadState('networkidle');
      const done = recorder(context, root, url);
      const t0 = performance.now();
      await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#telecharger-pdf')]);
      const coldMs = performance.now() - t0;
      clicks.push({ ...(await done()), coldMs });
      await context.close();
    }
    const pdfGzip = median(clicks.map((c) => c.gzip));
    return {
      runs,
      firstVisit: { gzip: median(visits.map((v) => v.gzip)), requests: median(visits.map((v) => v.requests)), serviceWorker },
      pdfClick: clicks.length ? { gzip: pdfGzip, requests: median(clicks.map((c) => c.requests)), coldMs: Math.round(median(clicks.map((c) => c.coldMs))), slow4gMs: Math.round(slow4gMs(pdfGzip)) } : null,
    };
  } finally {
    await browser.close();
  }
}
