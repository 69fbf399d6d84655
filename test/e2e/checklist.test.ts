/**
 * The « Avant de commencer » checklist in Chromium: real check boxes, kept with the dossier
 * (ticked, reloaded, still ticked; in the stored dossier), shown when printing, gone after
 * « Effacer mes données », axe clean.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl } from './browser';
import { reusedPage } from './helpers/reused-page';
import { storedDossier } from './helpers/island';
import { axeBothThemes } from './axe';

const baseUrl = inject('baseUrl');
const visit = reusedPage();
const BOXES = 'input[data-checklist-item]';

/** Opens the checklist and waits until it shows the open dossier's ticks. */
async function openChecklist(page: Page): Promise<void> {
  await page.goto(siteUrl(baseUrl, '/avant-de-commencer/'));
  await page.waitForFunction(() => document.documentElement.dataset.checklistReady === 'true');
}

/** Ids of the ticked boxes. */
const ticked = (page: Page) => page.locator(`${BOXES}:checked`).evaluateAll((bs) => bs.map((b) => b.id));

/** Waits for the save status line to say the ticks are stored. */
const waitSaved = (page: Page) =>
  page.waitForFunction(() => /Enregistré/.test(document.querySelector('[data-checklist-status]')?.textContent ?? ''));

describe('« Avant de commencer » checklist', () => {
  it('has one real, labelled check box per item, none ticked at first', async () => {
    const { page } = await visit();
    await openChecklist(page);
    const boxes = page.locator(BOXES);
    expect(await boxes.count()).toBe(12);
    expect(await ticked(page)).toEqual([]);
    await expect(page.getByRole('checkbox', { name: 'Le numéro RPPS du médecin du travail' }).count()).resolves.toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('☐');
  });

  it('keeps the ticks with the dossier: tick, reload, still ticked; untick, reload, unticked', async () => {
    const { page } = await visit();
    await openChecklist(page);
    await page.getByText('Le numéro RPPS du médecin du travail', { exact: true }).click();
    await page.locator('#preparation-justificatif').focus();
    await page.keyboard.press('Space');
    await waitSaved(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.checklistReady === 'true');
    expect(await ticked(page)).toEqual(['preparation-justificatif', 'preparation-rpps']);
    const stored = await storedDossier(page);
    expect(stored?.preparation).toMatchObject({ justificatif: true, rpps: true, ces: false });

    await page.locator('#preparation-rpps').uncheck();
    await waitSaved(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.checklistReady === 'true');
    expect(await ticked(page)).toEqual(['preparation-justificatif']);
  });

  it('prints the boxes, ticked or not, without the status line', async () => {
    const { page } = await visit();
    await openChecklist(page);
    await page.locator('#preparation-ces').check();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator(BOXES).evaluateAll((bs) => bs.filter((b) => getComputedStyle(b).display !== 'none' && b.getBoundingClientRect().width >= 10).length);
    expect(shown).toBe(12);
    expect(await page.locator('.c-checklist-status').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('is emptied by « Effacer mes données »', async () => {
    const { page } = await visit();
    await openChecklist(page);
    await page.locator('#preparation-portable').check();
    await waitSaved(page);
    await page.goto(siteUrl(baseUrl, '/confidentialite/'));
    await page.click('[data-erase-all]');
    await page.click('#confirmer-effacer button[value="ok"]');
    await page.waitForEvent('load');
    await openChecklist(page);
    expect(await ticked(page)).toEqual([]);
  });

  it('passes axe, light and dark', async () => {
    const { page } = await visit();
    await openChecklist(page);
    await page.locator('#preparation-ces').check();
    expect(await axeBothThemes(page, '/avant-de-commencer/')).toEqual([]);
  });
});
