/**
 * The site shell in Chromium: the page map, home, step navigation 1 → 14, header search. (The axe
 * pass over every built page is a11y-axe-pages.test.ts: it does not depend on the base path, so the
 * sub-path run leaves it out.)
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, siteUrl } from './browser';
import { reusedPage } from './helpers/reused-page';
import { PAGE_MAP } from './helpers/page-map';

const baseUrl = inject('baseUrl');
const visit = reusedPage();
const sitePath = inject('sitePath');

describe('site shell', () => {
  it('builds every URL of the page map', () => {
    const pages = builtPages(sitePath);
    for (const p of PAGE_MAP) expect(pages, p).toContain(p);
  });

  it('renders the home page in French with a skip link, header search and footer', async () => {
    const { page } = await visit();
    await page.goto(siteUrl(baseUrl, '/'));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBeGreaterThan(0);
    const footer = await page.locator('footer').innerText();
    expect(footer).toContain('Confidentialité');
    // When and how the content was checked (stored copies, SISERI addresses not opened live: DOMAIN.md).
    expect(footer).toMatch(/relu le \d+ \w+ 20\d\d d’après des copies enregistrées/);
  });

  it('walks the step navigation from step 1 to step 14 with « Étape suivante »', async () => {
    const { page } = await visit();
    await page.goto(siteUrl(baseUrl, '/etapes/acces-pass/'));
    for (let n = 1; n <= 14; n++) {
      expect(await page.locator('.step__counter').innerText()).toBe(`Étape ${n} sur 14`);
      expect(await page.locator('.page [aria-current="step"]').count()).toBe(1);
      expect(await page.locator('.page [aria-current="step"] .stepnav__num').innerText()).toBe(String(n));
      expect(await page.locator('#site-menu [aria-current="step"]').count()).toBe(1);
      if (n < 14) {
        await Promise.all([page.waitForURL(/\/etapes\//), page.locator('a[rel="next"]').click()]);
      }
    }
    await Promise.all([page.waitForURL(/recapitulatif/), page.locator('a[rel="next"]').click()]);
    await page.goBack();
    await Promise.all([page.waitForURL(/signature/), page.locator('a[rel="prev"]').click()]);
    expect(await page.locator('.step__counter').innerText()).toBe('Étape 13 sur 14');
  });

  it('searches « SIRET » from the header and lists the employer step', async () => {
    const { page } = await visit();
    await page.goto(siteUrl(baseUrl, '/'));
    await page.fill('#recherche-site', 'SIRET');
    await Promise.all([page.waitForURL(/recherche\/\?q=SIRET/), page.press('#recherche-site', 'Enter')]);
    await page.waitForSelector('[data-search-results] li');
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((h) => h.includes('/etapes/employeur/'))).toBe(true);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/résultat/);
  });
});
