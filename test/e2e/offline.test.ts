/**
 * Offline, installable, updatable in every open tab, private and locked down, in Chromium: one visit, then offline — every
 * page of the page map opens; once search was used and a dossier started online, search answers
 * offline, the dossier is edited and saved, and the PDF downloads;
 * the manifest is valid and the service worker controls the page; over a full walkthrough no
 * Content-Security-Policy violation is reported and no request leaves the site's origin.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../src/integrations/service-worker.mjs';
import { compressFile } from '../../src/integrations/precompress.mjs';
import { waitForWarmGroup } from './helpers/service-worker';
import { waitForSummary } from './helpers/island';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

/** The page map of PRODUCT.md (public contract), plus the search page. */
const PAGES = [
  '/', '/avant-de-commencer/',
  '/etapes/acces-pass/', '/etapes/choix-de-la-demarche/', '/etapes/confirmation/', '/etapes/protocole/',
  '/etapes/employeur/', '/etapes/representant-legal/', '/etapes/etablissement/', '/etapes/pieces-justificatives/',
  '/etapes/correspondant-employeur/', '/etapes/medecin-du-travail/', '/etapes/pcr/', '/etapes/travailleurs/',
  '/etapes/signature/', '/etapes/apres-la-creation/',
  '/recapitulatif/', '/faq/', '/glossaire/', '/liens/', '/confidentialite/', '/accessibilite/', '/recherche/',
];

/** Records CSP violations (in the page) and every request (in the context). */
async function watch(context: BrowserContext): Promise<{ requests: string[] }> {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  `);
  return { requests };
}

/** CSP violations recorded in the current document. */
const violations = (page: Page) => page.evaluate('window.__csp || []') as Promise<string[]>;

/** Waits until the service worker controls the page and has precached everything. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline and installable', () => {
  it('opens every page, searches, edits and saves a dossier, and downloads the PDF offline', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true });
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
    for (const p of PAGES) {
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
    const { context, page } = await newPage(browser);
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

/**
 * Runs `test` against a copy of the built site on its own server; `redeploy()` makes a new
 * deployment there (the home page changes, the service worker is regenerated).
 */
async function withDeployment(test: (url: string, redeploy: () => Promise<void>) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'guide-siseri-deploy-'));
  const base = new URL(baseUrl).pathname;
  await cp(inject('sitePath'), dir, { recursive: true });
  const { server, url } = await startStaticServer({ root: dir, base });
  const redeploy = async () => {
    const home = join(dir, 'index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<p>Nouveauté</p></main>'));
    await writeServiceWorker(dir, base);
    await Promise.all([compressFile(home), compressFile(join(dir, 'sw.js'))]);
  };
  try {
    await test(url, redeploy);
  } finally {
    await new Promise((ok) => server.close(ok));
    await rm(dir, { recursive: true, force: true });
  }
}

describe('new deployment', () => {
  it('offers « Nouvelle version disponible » without reloading, and reloads only on request', async () => {
    await withDeployment(async (url, redeploy) => {
      const { context, page } = await newPage(browser);
      await page.goto(`${url}etapes/employeur/`);
      await waitForServiceWorker(page);
      await page.fill('#f-employeur-ville', 'Lyon');
      await redeploy();
      await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
      await page.waitForSelector('#maj-disponible');
      expect(await page.locator('#maj-disponible').innerText()).toContain('Nouvelle version disponible');
      // nothing reloaded under the user's feet
      expect(await page.inputValue('#f-employeur-ville')).toBe('Lyon');
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Recharger' }).click()]);
      expect(await page.locator('#maj-disponible').count()).toBe(0);
      await context.close();
    });
  });

  it('works in every open tab: the second tab still reloads into the new version after the first one did', async () => {
    await withDeployment(async (url, redeploy) => {
      const { context, page: first } = await newPage(browser);
      await first.goto(`${url}etapes/employeur/`);
      await waitForServiceWorker(first);
      const second = await context.newPage();
      await second.goto(url);
      await second.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await redeploy();
      await first.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
      for (const p of [first, second]) await p.waitForSelector('#maj-disponible');
      // the first tab takes the new version
      await Promise.all([first.waitForEvent('load'), first.getByRole('button', { name: 'Recharger' }).click()]);
      expect(await first.locator('#maj-disponible').count()).toBe(0);
      // the second tab was not reloaded under its user's feet, and its « Recharger » still works
      expect(await second.locator('#maj-disponible').isVisible()).toBe(true);
      expect(await second.locator('main').innerText()).not.toContain('Nouveauté');
      await Promise.all([second.waitForEvent('load'), second.getByRole('button', { name: 'Recharger' }).click()]);
      expect(await second.locator('main').innerText()).toContain('Nouveauté');
      expect(await second.locator('#maj-disponible').count()).toBe(0);
      await context.close();
    });
  });
});

describe('private and locked down', () => {
  it('reports no CSP violation and makes no cross-origin request over a full walkthrough', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    const { requests } = await watch(context);
    const problems: string[] = [];
    const check = async (where: string) => {
      for (const v of await violations(page)) problems.push(`${where}: ${v}`);
    };
    for (const p of PAGES) {
      await page.goto(siteUrl(baseUrl, p));
      await page.waitForLoadState('networkidle');
      await check(p);
    }
    // the form flow: type, validate, a PASS pop-up, a list entry
    await page.goto(siteUrl(baseUrl, '/etapes/representant-legal/'));
    await page.waitForFunction(() => document.querySelector('.save-status') !== null);
    await page.check('#f-representant-civilite');
    await page.fill('#f-representant-nom', 'DUPONT');
    await page.fill('#f-representant-prenom', 'Claire');
    await page.fill('#f-representant-courriel', 'claire@exemple.fr');
    await page.fill('#f-representant-confirmation-courriel', 'claire@exemple.fr');
    await page.fill('#f-representant-telephone-portable', '06 12 34 56 78');
    await page.getByRole('button', { name: 'Valider l’étape' }).click();
    await page.waitForSelector('#dialogue-habilitation-vide[open]');
    await page.click('#dialogue-habilitation-vide button[value="ok"]');
    await page.waitForFunction(() => /complète/.test(document.querySelector('.island__done')?.textContent ?? ''));
    await check('formulaire');
    // search, export and PDF
    await page.goto(siteUrl(baseUrl, '/recherche/?q=K-bis'));
    await page.waitForSelector('[data-search-results] li');
    await check('recherche');
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page);
    await Promise.all([page.waitForEvent('download'), page.click('#exporter-dossier')]);
    await Promise.all([page.waitForEvent('download'), page.click('#telecharger-pdf')]);
    await check('récapitulatif');

    expect(problems).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(PAGES.length);
    // the policy itself: no unsafe-eval, no unsafe-inline, the directives the issue names
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    await context.close();
  });
});
