/**
 * axe (WCAG 2.x A/AA) over every built page with a dossier in error: step badges « À corriger »,
 * islands showing their messages and error summary after « Valider l'étape », the
 * récapitulatif listing every issue. (The empty state of every page is covered by
 * a11y-axe-pages.test.ts; each island's empty, error and complete states by islands-*.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { axeBothThemes } from './axe';
import { seedDossier, waitForIsland, waitForSummary } from './helpers/island';
import { e2eDossierData } from '../fixtures/e2e-dossier';
import type { DossierData, DossierRecord } from '../../src/lib/dossier';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');

/** The valid fixture dossier with an error on every kind of step. */
function dossierInError(): DossierData {
  const d = e2eDossierData();
  (d.employeur as DossierRecord).siret = '732 829 320 00075';
  (d.representant as DossierRecord).confirmationCourriel = 'autre@exemple.fr';
  (d.etablissement as DossierRecord).codePostal = '2A000';
  (d.etablissement as DossierRecord).identiqueEmployeur = false;
  const ces = d.ces as DossierRecord[];
  ces.push({ ...ces[0]!, nom: 'Doublon' });
  (d.travailleurs as DossierRecord).activite = '';
  return d;
}

describe('axe with a dossier in error', () => {
  it('finds no violation on any page, light and dark theme', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'light' });
    await seedDossier(page, baseUrl, dossierInError());
    const problems: string[] = [];
    for (const p of builtPages(sitePath)) {
      await page.goto(siteUrl(baseUrl, p));
      if (await page.locator('[x-data="formIsland"]').count()) {
        await waitForIsland(page);
        await page.locator('.island__actions--step button').click();
        await page.locator('.island__summary a, .island__done:not(:empty), dialog[open]').first().waitFor({ state: 'visible' });
        if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
      }
      if (p.endsWith('/recapitulatif/')) await waitForSummary(page, /corriger/);
      problems.push(...(await axeBothThemes(page, p)));
    }
    expect(problems).toEqual([]);
    // the error state was really shown: badges « À corriger » in the step navigation
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    expect(await page.locator('.stepnav [data-status="erreurs"]').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  }, 600_000);
});
