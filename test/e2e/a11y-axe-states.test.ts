/**
 * Every built page with a dossier in error, each loaded once: step badges « À corriger », islands
 * showing their messages and error summary after « Valider l'étape » (some steps left empty, so
 * every « required » message shows too), the récapitulatif listing every issue. On each page:
 * - reflow (WCAG 1.4.10): no horizontal scrolling of the page at 320 CSS px (a 1280 px screen at
 *   400 %) nor at 640 px (200 %) — data tables may scroll inside their own region, the page may
 *   not; the viewport is resized between the checks, as when a phone is turned or the zoom changes;
 * - axe (WCAG 2.x A/AA) at 1280 px, light and dark theme.
 * (The empty state of every page is covered by a11y-axe-pages.test.ts; each island's empty, error
 * and complete states by islands-*.test.ts.) One walk for both: a page load with its island
 * validated costs more than the checks themselves.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { axeBothThemes } from './axe';
import { seedDossier, waitForIsland, waitForSummary } from './helpers/island';
import { e2eDossierData } from '../fixtures/e2e-dossier';
import type { DossierData, DossierRecord } from '../../src/lib/dossier';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');

/** The valid fixture dossier with an error on every kind of step, and two steps left empty. */
function dossierInError(): DossierData {
  const d = e2eDossierData();
  (d.employeur as DossierRecord).siret = '732 829 320 00075';
  (d.representant as DossierRecord).confirmationCourriel = 'autre@exemple.fr';
  (d.etablissement as DossierRecord).codePostal = '2A000';
  (d.etablissement as DossierRecord).identiqueEmployeur = false;
  const ces = d.ces as DossierRecord[];
  ces.push({ ...ces[0]!, nom: 'Doublon' });
  (d.travailleurs as DossierRecord).activite = '';
  // empty: a list's « add at least one » and a record's « required » on every field
  d.pcr = [];
  delete d.pieces;
  return d;
}

/** How far the page overflows horizontally (0 when it reflows), and the widest culprit. */
async function overflow(page: Page): Promise<{ px: number; culprit: string }> {
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const px = root.scrollWidth - root.clientWidth;
    let culprit = '';
    if (px > 0) {
      let widest = 0;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > widest && !el.closest('.island__tablewrap, .mock__tablewrap, .prose table')) { widest = r.right; culprit = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + String(el.className).split(' ')[0]; }
      }
    }
    return { px, culprit };
  })()`);
}

describe('a dossier in error, on every page', () => {
  it('reflows at 320 and 640 px and passes axe in the light and dark theme', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'light' });
    await seedDossier(page, baseUrl, dossierInError());
    const problems: string[] = [];
    let islands = 0;
    for (const p of builtPages(sitePath)) {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(siteUrl(baseUrl, p));
      if (await page.locator('[x-data="formIsland"]').count()) {
        islands++;
        await waitForIsland(page);
        await page.locator('.island__actions--step button').click();
        // errors listed, or (a step with nothing wrong) « Étape complète », or PASS's question first
        await page.locator('.island__summary a, .island__done:not(:empty), dialog[open]').first().waitFor({ state: 'visible' });
        if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
      }
      if (p.endsWith('/recapitulatif/')) await waitForSummary(page, /corriger/);
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        const o = await overflow(page);
        if (o.px > 0) problems.push(`${p} à ${width} px : ${o.px} px (${o.culprit})`);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      problems.push(...(await axeBothThemes(page, p)));
    }
    expect(problems).toEqual([]);
    expect(islands).toBeGreaterThanOrEqual(9); // the form steps were really put in error
    // the error state was really shown: badges « À corriger » in the step navigation
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    expect(await page.locator('.stepnav [data-status="erreurs"]').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  }, 600_000);
});
