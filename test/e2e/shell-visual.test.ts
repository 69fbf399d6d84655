/**
 * The visual shell in Chromium (issue 13): the phone header is one line with a « Menu »
 * disclosure listing the 14 steps; no step title in the step lists wraps inside a word; no
 * layout shift (CLS 0) for a first and a returning visitor; the open dossier shows in the header
 * only once it has data; the home page's first screen; the theme toggle; « Signaler une erreur ».
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { reusedPage } from './helpers/reused-page';
import { seedDossier, waitForIsland, waitForSummary } from './helpers/island';
import { e2eDossierData } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** Starts collecting layout shifts (not caused by input) before any script of the page runs. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      type Rect = { x: number; y: number; width: number; height: number };
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: Rect; currentRect: Rect }[] }[]) {
        if (e.hadRecentInput) continue;
        // Each source with its move (for a diagnosis when this fails): tag.class x,y w×h → x,y w×h, at t ms.
        const r = (b: Rect) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;
        const name = (n?: Node | null) => (n instanceof Element ? `${n.tagName.toLowerCase()}.${String(n.className).split(' ')[0]}` : String(n?.nodeName));
        const sources = (e.sources ?? []).map((s) => `${name(s.node)} ${r(s.previousRect)} → ${r(s.currentRect)} at ${Math.round((e as unknown as PerformanceEntry).startTime)} ms`);
        w.__shifts.push({ value: e.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, after two animation frames (so pending shifts are reported). */
async function shifts(page: Page): Promise<{ value: number; sources: string[] }[]> {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
}

/** Waits until the menu button says `expanded` (its code loads on the first click). */
function menuExpanded(page: Page, expanded: boolean): Promise<unknown> {
  return page.waitForFunction((v) => document.querySelector('[data-menu-button]')?.getAttribute('aria-expanded') === String(v), expanded);
}

/** Waits until the page's own scripts have run: badges filled, islands and summary ready. */
async function settled(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('load');
  if (await page.locator('[x-data="formIsland"]').count()) await waitForIsland(page);
  if (path.endsWith('/recapitulatif/')) await waitForSummary(page);
}

/** Words of the step titles that the browser split over two lines, in the visible step lists. */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((labels) => {
    const out: string[] = [];
    for (const label of labels) {
      if (!(label as HTMLElement).offsetParent) continue;
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.parentElement as HTMLElement).closest('.visually-hidden')) continue;
        const text = n.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
          if (lines.size > 1) out.push(`${label.textContent?.trim()} → « ${m[0]} »`);
        }
      }
    }
    return out;
  });
}

/** A dossier with every status (complete, to fix, in progress) and the status mirror written. */
async function returningVisitor(page: Page): Promise<void> {
  const data = e2eDossierData();
  (data.employeur as Record<string, unknown>).siret = '732 829 320 00075';
  await seedDossier(page, baseUrl, data, 'Cabinet dentaire Élodie Lefèvre');
  await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
  await waitForIsland(page);
  await page.waitForFunction(() => (localStorage.getItem('guide-siseri:statuts') ?? '').includes('complet'));
}

describe('phone header and menu', () => {
  it('is one line ≤ 72 px at 390 px, and « Menu » opens the main pages and the 14 steps; Échap closes it and gives focus back', async () => {
    const { page } = await visit({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl(baseUrl, '/etapes/pcr/'));
    const box = await page.locator('.site-header').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(72);
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await button.click();
    await menuExpanded(page, true);
    const steps = page.locator('#site-menu .stepnav__item a');
    expect(await steps.count()).toBe(14);
    for (let i = 0; i < 14; i++) expect(await steps.nth(i).isVisible(), `étape ${i + 1} visible`).toBe(true);
    expect(await page.locator('#site-menu [aria-current="step"]').innerText()).toContain('personnes compétentes');
    for (const name of ['Accueil', 'Avant de commencer', 'Mon dossier', 'FAQ']) expect(await page.locator('#site-menu a', { hasText: name }).first().isVisible(), name).toBe(true);
    await steps.nth(3).focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-menu-button'))).not.toBeNull();
    // the keyboard opens it too
    await page.keyboard.press('Enter');
    await menuExpanded(page, true);
    await page.keyboard.press('Escape');
    await menuExpanded(page, false);
    // « Aller à la recherche » opens the menu on the search field
    await page.goto(siteUrl(baseUrl, '/faq/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller à la recherche');
    await page.keyboard.press('Enter');
    await menuExpanded(page, true);
    await page.waitForFunction(() => document.activeElement?.id === 'recherche-site');
  });

  it('puts previous / next step links at the top of a step page', async () => {
    const { page } = await visit({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl(baseUrl, '/etapes/pcr/'));
    const top = page.locator('main .steptop a');
    expect(await top.count()).toBe(2);
    expect(new URL((await top.nth(0).getAttribute('href'))!, baseUrl).pathname).toMatch(/\/etapes\/medecin-du-travail\/$/);
    expect(new URL((await top.nth(1).getAttribute('href'))!, baseUrl).pathname).toMatch(/\/etapes\/travailleurs\/$/);
    expect((await top.nth(1).boundingBox())!.y).toBeLessThan(200);
  });
});

describe('step titles never break inside a word', () => {
  // One returning visitor, looked at three widths in turn (the lists are laid out again at each).
  it('at 1280, 1024 and 390 px, with every status mark shown', async () => {
    const { page } = await visit({ viewport: { width: 1280, height: 900 } });
    await returningVisitor(page);
    await page.evaluate(() => {
      const all = ['employeur', 'representant-legal', 'etablissement', 'pieces-justificatives', 'correspondant-employeur', 'medecin-du-travail', 'pcr', 'travailleurs'];
      localStorage.setItem('guide-siseri:statuts', JSON.stringify(Object.fromEntries(all.map((s, i) => [s, ['vide', 'en-cours', 'complet', 'erreurs'][i % 4]]))));
    });
    for (const width of [1280, 1024, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(siteUrl(baseUrl, '/avant-de-commencer/'));
      if (width < 992) {
        await page.getByRole('button', { name: 'Menu' }).click();
        await menuExpanded(page, true);
      }
      const lists = width < 992 ? '#site-menu .stepnav__label' : '.page > .stepnav .stepnav__label';
      expect(await page.locator(lists).count(), `${width} px`).toBe(14);
      await page.locator('[data-step-status][data-status="erreurs"]').first().waitFor({ state: 'attached' });
      expect(await brokenWords(page, lists), `${width} px`).toEqual([]);
      await page.goto(siteUrl(baseUrl, '/'));
      expect(await brokenWords(page, '.phase__label'), `${width} px`).toEqual([]);
    }
  });
});

describe('no layout shift', () => {
  it.each([['/'], ['/etapes/employeur/'], ['/recapitulatif/'], ['/faq/']])('CLS 0 on %s for a first visitor, at 390 and 1280 px', async (path) => {
    for (const width of [390, 1280]) {
      const { context, page } = await newPage(browser, { viewport: { width, height: 844 } });
      await watchShifts(page);
      await page.goto(siteUrl(baseUrl, path));
      await settled(page, path);
      expect(JSON.stringify(await shifts(page)), `${path} à ${width} px`).toBe('[]');
      await context.close();
    }
  });

  // One returning visitor per width, who opens then reloads each page (the first visitor's pages,
  // above, each get a fresh browser: their cold start is what they test).
  it.each([[390], [1280]])('CLS 0 on /, /etapes/employeur/ and /recapitulatif/ reloaded with a dossier, at %i px', async (width) => {
    const { context, page } = await newPage(browser, { viewport: { width, height: 844 } });
    await returningVisitor(page);
    await watchShifts(page);
    for (const path of ['/', '/etapes/employeur/', '/recapitulatif/']) {
      await page.goto(siteUrl(baseUrl, path));
      await settled(page, path);
      await page.reload();
      await settled(page, path);
      expect(JSON.stringify(await shifts(page)), `${path} à ${width} px`).toBe('[]');
    }
    await context.close();
  });
});

describe('open dossier and home page', () => {
  it('shows no open dossier to a first visitor, even on a step page after a reload', async () => {
    const { page } = await visit({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    expect(await page.locator('header [data-dossier-name]').isVisible()).toBe(false);
    await page.reload();
    await waitForIsland(page);
    expect(await page.locator('header [data-dossier-name]').isVisible()).toBe(false);
  });

  it('shows the open dossier in the header once it has data', async () => {
    const { page } = await visit({ viewport: { width: 1280, height: 900 } });
    await returningVisitor(page);
    await page.goto(siteUrl(baseUrl, '/faq/'));
    expect(await page.locator('header [data-dossier-name]').isVisible()).toBe(true);
    expect(await page.locator('header [data-dossier-name-text]').innerText()).toBe('Cabinet dentaire Élodie Lefèvre');
  });

  it('first screen: SISERI and PASS, unofficial, one action « Commencer », then « Reprendre mon dossier » with its progress', async () => {
    const { page } = await visit({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl(baseUrl, '/'));
    const hero = page.locator('.home__hero');
    const text = await hero.innerText();
    expect(text).toMatch(/SISERI est/);
    expect(text).toMatch(/PASS est/);
    expect(text).toMatch(/ASNR/);
    expect(text).toContain('Site indépendant et non officiel');
    const start = page.getByRole('link', { name: /^Commencer/ });
    expect(await start.isVisible()).toBe(true);
    expect((await start.boundingBox())!.y + 40).toBeLessThan(844);
    expect(new URL((await start.getAttribute('href'))!, baseUrl).pathname).toMatch(/\/avant-de-commencer\/$/);
    expect(await page.locator('.phase').count()).toBe(3);
    expect(await page.locator('.phase__steps a').count()).toBe(14);
    expect(await page.locator('.phase').nth(1).locator('li').count()).toBe(8);
    expect(await page.locator('.way').count()).toBe(3);
    await returningVisitor(page);
    await page.goto(siteUrl(baseUrl, '/'));
    const resume = page.getByRole('link', { name: /^Reprendre mon dossier/ });
    expect(await resume.isVisible()).toBe(true);
    expect(await start.isVisible()).toBe(false);
    expect(await page.locator('[data-resume-progress]').innerText()).toMatch(/^Étapes complètes\s: \d sur 8$/);
  });
});

describe('theme', () => {
  it('follows the system theme, and the footer toggle keeps the choice without a cookie', async () => {
    const { context, page } = await visit({ colorScheme: 'dark' });
    await page.goto(siteUrl(baseUrl, '/faq/'));
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await bg();
    expect(dark).not.toBe('rgb(255, 255, 255)');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click(); // its code loads on this first click
    await page.waitForFunction(() => document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed') === 'false');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.goto(siteUrl(baseUrl, '/glossaire/'));
    expect(await bg()).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => localStorage.getItem('guide-siseri:theme'))).toBe('light');
    expect(await context.cookies()).toEqual([]);
  });

});
