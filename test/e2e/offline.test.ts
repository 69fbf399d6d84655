/**
 * Offline and installable, in Chromium: one visit, then offline — every page of the page map
 * opens; once search was used and a dossier started online, search answers offline, the dossier
 * is edited and saved, and the PDF downloads; the manifest is valid and the service worker
 * controls the page. Run again under a sub-path (`scripts/test-subpath.mjs`). The update prompt:
 * service-worker-update.test.ts; CSP and requests over a walkthrough: privacy-csp.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { waitForServiceWorker, waitForWarmGroup } from './helpers/service-worker';
import { waitForSummary } from './helpers/island';
import { PAGE_MAP } from './helpers/page-map';

const baseUrl = inject('baseUrl');

describe('offline and installable', () => {
  it('opens every page, searches, edits and saves a dossier, and downloads the PDF offline', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true, serviceWorkers: 'allow' });
    await page.goto(siteUrl(baseUrl, '/'));
    await waitForServiceWorker(page);
    // Online: one search (the index is then cached) and a dossier started (the PDF code is then
    // fetched in the background).
    await page.goto(siteUrl(baseUrl, '/recherche/?q=SIRET'));
    await page.waitForSelector('[data-search-results] li');
    await waitForWarmGroup(page, inject('sitePath'), 'search');
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await page.waitForFunction(() => document.querySelector('.save-status') !== null);
    await page.fill('#f-employeur-ville', 'Lyon');
    await page.locator('#f-employeur-ville').blur();
    await page.waitForFunction(() => /Enregistré/.test(document.querySelector('.save-status')?.textContent ?? ''));
    await page.goto(siteUrl(baseUrl, '/'));
    await waitForWarmGroup(page, inject('sitePath'), 'pdf');

    await context.setOffline(true);
    for (const p of PAGE_MAP) {
      const response = await page.goto(siteUrl(baseUrl, p));
      expect(response?.status(), p).toBe(200);
      expect(await page.locator('h1').count(), p).toBe(1);
    }

    await page.goto(siteUrl(baseUrl, '/recherche/?q=RPPS'));
    await page.waitForSelector('[data-search-results] li');
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);

    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await page.waitForFunction(() => document.querySelector('.save-status') !== null);
    await page.fill('#f-employeur-raison-sociale', 'Cabinet hors ligne');
    await page.locator('#f-employeur-raison-sociale').blur();
    await page.waitForFunction(() => /Enregistré/.test(document.querySelector('.save-status')?.textContent ?? ''));
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('#f-employeur-raison-sociale') as HTMLInputElement | null)?.value === 'Cabinet hors ligne');

    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger-pdf')]);
    expect(download.suggestedFilename()).toMatch(/^annexe1-siseri-cabinet-hors-ligne-/);
    await context.close();
  });

  it('has a valid French manifest and a service worker controlling the page', async () => {
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto(siteUrl(baseUrl, '/'));
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    const manifestUrl = new URL(href!, page.url()).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as Record<string, unknown>;
    expect(manifest.lang).toBe('fr');
    expect(manifest.display).toBe('standalone');
    expect(manifest.name).toMatch(/SISERI/);
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#/);
    expect(new URL(manifest.start_url as string, manifestUrl).href).toBe(baseUrl);
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    expect(icons.some((i) => i.sizes === '192x192')).toBe(true);
    for (const i of icons) expect((await page.request.get(new URL(i.src, manifestUrl).href)).status(), i.src).toBe(200);
    await waitForServiceWorker(page);
    const scope = await page.evaluate('navigator.serviceWorker.controller && navigator.serviceWorker.getRegistration().then((r) => r.scope)');
    expect(scope).toBe(baseUrl);
    await context.close();
  });
});
