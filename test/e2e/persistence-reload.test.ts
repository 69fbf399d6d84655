/**
 * « Dossiers that are never lost », on the step pages: a value typed then the page reloaded at
 * once is back, over many quick cycles; a closed page resumes in a new page; values typed before
 * the saved dossier has arrived are neither lost nor allowed to wipe it.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { focusField, typeAt } from './helpers/direct';
import { ISLAND, openStep, seedDossier, storedDossier, waitForIsland } from './helpers/island';
import { EMPLOYEUR, REPRESENTANT, e2eDossierData } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');

const value = (page: Page, id: string) => page.inputValue(`#${id}`);

describe('never lost on the step pages', () => {
  it('a value typed then reloaded at once is back, 20 quick cycles in a row', async () => {
    const { context, page } = await newPage(browser);
    await openStep(page, baseUrl, 'employeur');
    let expected = '';
    for (let i = 0; i < 20; i++) {
      // One more character each time (a distinct value), then the reload with nothing in between.
      const ch = 'ABCDEFGHIJKLMNOPQRST'[i]!;
      await focusField(page, 'f-employeur-telecopie');
      await page.keyboard.press('End');
      await page.keyboard.type(ch);
      expected += ch;
      await page.reload({ waitUntil: 'commit' });
      await waitForIsland(page);
      expect(await value(page, 'f-employeur-telecopie'), `cycle ${i + 1}`).toBe(expected);
    }
    await context.close();
  });

  it('a page closed right after typing resumes in a new page of the same browser', async () => {
    const { context, page } = await newPage(browser);
    await openStep(page, baseUrl, 'representant-legal');
    await typeAt(page, 'f-representant-nom', REPRESENTANT.nom as string);
    await typeAt(page, 'f-representant-prenom', REPRESENTANT.prenom as string, { blur: false });
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await openStep(again, baseUrl, 'representant-legal');
    expect(await value(again, 'f-representant-nom')).toBe(REPRESENTANT.nom);
    expect(await value(again, 'f-representant-prenom')).toBe(REPRESENTANT.prenom);
    await context.close();
  });

  it('values typed before the saved dossier has arrived are kept, and do not wipe it', async () => {
    // No service worker (newPage's default), so that the route below sees the request for the storage chunk.
    const { context, page } = await newPage(browser);
    await seedDossier(page, baseUrl, e2eDossierData());
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    await page.route(/persistent-session[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    // Alpine is running (the status is bound), the dossier is not there yet.
    await page.waitForSelector(`${ISLAND} .status-badge[data-status]`, { state: 'attached' });
    expect(await page.getAttribute(ISLAND, 'data-ready')).toBeNull();
    expect(await value(page, 'f-employeur-raison-sociale')).toBe('');
    await typeAt(page, 'f-employeur-telecopie', '04 78 12 34 57', { blur: false });
    release();
    await waitForIsland(page);
    expect(await value(page, 'f-employeur-telecopie')).toBe('04 78 12 34 57');
    expect(await value(page, 'f-employeur-raison-sociale')).toBe(EMPLOYEUR.raisonSociale);
    await focusField(page, 'f-employeur-telecopie');
    await page.reload();
    await waitForIsland(page);
    expect(await value(page, 'f-employeur-telecopie')).toBe('04 78 12 34 57');
    const stored = await storedDossier(page);
    expect(stored?.employeur).toMatchObject({ ...EMPLOYEUR, telecopie: '04 78 12 34 57' });
    expect(stored?.representant).toMatchObject(REPRESENTANT);
    expect(stored?.pcr).toHaveLength(2);
    await context.close();
  });
});
