/**
 * What the browser really downloads, in Chromium (issue 15): a first visit of `/` — the page and
 * everything the service worker precaches — stays under 300 kB gz; the first « Télécharger
 * l’Annexe 1 (PDF) » click of a French dossier under 250 kB gz, without fontkit nor the fallback
 * font. Each file fetched over the network counts its gzip -9 size (the site is served
 * precompressed; gzip is the budget's unit), each time it is fetched.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { dossierComplet } from '../fixtures/dossier-complet';
import { waitForSummary } from './helpers/island';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');
const KB = 1000;

/** The built file a site URL is answered with. */
function fileOf(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname).slice(new URL(baseUrl).pathname.length);
  return join(sitePath, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

const gzCache = new Map<string, number>();
const gz = (file: string) => {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, n);
  }
  return n;
};

/**
 * Records every response that carried a body over the network (page and service worker).
 * `settled()` waits for the responses seen so far to be measured: each is read asynchronously
 * (its response, its sizes), and reading the list before that drops the last ones.
 */
function track(context: BrowserContext): { fetched: { url: string; gz: number }[]; settled: () => Promise<unknown> } {
  const fetched: { url: string; gz: number }[] = [];
  const pending: Promise<void>[] = [];
  const origin = new URL(baseUrl).origin;
  context.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response || !request.url().startsWith(origin) || response.fromServiceWorker()) return;
        if (response.status() !== 200) return;
        const sizes = await request.sizes();
        if (sizes.responseBodySize === 0) return; // from the HTTP cache, or revalidated
        fetched.push({ url: request.url(), gz: gz(fileOf(request.url())) });
      })(),
    );
  });
  return { fetched, settled: () => Promise.all(pending) };
}

const total = (list: { gz: number }[]) => list.reduce((n, f) => n + f.gz, 0);
const listing = (list: { url: string; gz: number }[]) => list.map((f) => `${f.url.replace(baseUrl, '/')} ${f.gz}`).join('\n');

describe('bytes fetched', () => {
  it('a first visit of / fetches at most 300 kB gz, service worker precache included', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    const { fetched, settled } = track(context);
    await page.goto(siteUrl(baseUrl, '/'));
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForLoadState('networkidle');
    await settled();
    const bytes = total(fetched);
    console.log(`première visite de / : ${bytes} o gz, ${fetched.length} fichiers`);
    // the precache did run: every page is among the files fetched
    expect(fetched.filter((f) => f.url.endsWith('/') || f.url.endsWith('.html')).length, listing(fetched)).toBeGreaterThan(20);
    expect(fetched.some((f) => /pagefind|\.ttf$/.test(f.url)), listing(fetched)).toBe(false);
    expect(bytes, listing(fetched)).toBeLessThanOrEqual(300 * KB);
    await context.close();
  });

  it('the first PDF click of a French dossier fetches at most 250 kB gz, no fontkit, no font', async () => {
    // No service worker here (newPage's default): its background warm-up must not be counted nor hide a fetch.
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page);
    const file = JSON.stringify({ format: 'guide-siseri', version: 2, exportedAt: '2026-11-28T10:00:00.000Z', dossiers: [{ name: 'Cabinet', named: true, data: dossierComplet() }] });
    await page.setInputFiles('#importer-fichier', { name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Ajouter aux dossiers de ce navigateur' }).click();
    await page.waitForFunction(() => /importé/.test(document.querySelector('.recap__import')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const { fetched, settled } = track(context);
    await clickPdf(page);
    await settled();
    expect(fetched.some((f) => /truetype|\.ttf$/.test(f.url)), listing(fetched)).toBe(false);
    expect(fetched.length, 'pdf-lib is fetched on click').toBeGreaterThan(0);
    console.log(`clic PDF : ${total(fetched)} o gz (${fetched.map((f) => f.url.replace(baseUrl, "/")).join(", ")})`);
    expect(total(fetched), listing(fetched)).toBeLessThanOrEqual(250 * KB);
    await context.close();
  });
});

async function clickPdf(page: Page): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#telecharger-pdf')]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
}
