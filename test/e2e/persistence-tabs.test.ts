/**
 * Two tabs on the same dossier never silently lose an edit: a tab without pending edits shows
 * the other tab's saved values at once; a tab with pending edits is warned (« Recharger le
 * dossier » / « Garder mes valeurs ») and keeps its values until the user decides; « Garder mes
 * valeurs » keeps the other tab's values too; a tab that leaves without deciding loses nothing
 * (issue 17.2): its values are merged, or, on the same field, the other version becomes a copy.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { pressButton } from './helpers/keyboard';
import { typeAt } from './helpers/direct';
import { openStep, storedDossier, waitForSummary } from './helpers/island';

const baseUrl = inject('baseUrl');

const value = (page: Page, key: string) => page.inputValue(`#f-employeur-${key}`);

/** Waits until a field of the employer's island shows `expected`. */
async function shows(page: Page, key: string, expected: string): Promise<void> {
  await page.waitForFunction(([id, v]) => (document.getElementById(id!) as HTMLInputElement | null)?.value === v, [`f-employeur-${key}`, expected]);
}

/** Types into a field of the employer's island, and waits until that edit is written. */
async function typeAndSave(page: Page, key: string, text: string): Promise<void> {
  await page.evaluate(() => document.querySelector('.save-status')!.replaceChildren());
  await typeAt(page, `f-employeur-${key}`, text, { blur: false });
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('Enregistré dans ce navigateur'));
}

/** The notice's text, once shown. */
async function noticeText(page: Page): Promise<string> {
  await page.locator('.island__notice').waitFor({ state: 'visible' });
  return page.locator('.island__notice').innerText();
}

/** A second tab whose autosave waits a minute (its edits stay pending until flushed or the user decides). */
async function slowTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const later = window.setTimeout.bind(window);
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => later(fn, ms === 400 ? 60_000 : ms, ...args)) as typeof window.setTimeout;
  });
  return page;
}

describe('two tabs on one dossier', () => {
  it('a tab without pending edits shows the other tab’s saved values; both tabs’ edits are kept', async () => {
    const { context, page: a } = await newPage(browser);
    await openStep(a, baseUrl, 'employeur');
    const b = await context.newPage();
    await openStep(b, baseUrl, 'employeur');
    await typeAndSave(a, 'raison-sociale', 'Cabinet Alpha');
    await shows(b, 'raison-sociale', 'Cabinet Alpha');
    expect(await noticeText(b)).toContain('modifié dans un autre onglet');
    await typeAndSave(b, 'ville', 'Lyon');
    await shows(a, 'ville', 'Lyon');
    expect(await value(a, 'raison-sociale')).toBe('Cabinet Alpha');
    expect(await value(b, 'raison-sociale')).toBe('Cabinet Alpha');
    expect((await storedDossier(a))?.employeur).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: 'Lyon' });
    await context.close();
  });

  it('a tab with pending edits is warned; « Garder mes valeurs » keeps both tabs’ values, « Recharger le dossier » shows the other’s', async () => {
    const { context, page: a } = await newPage(browser);
    await openStep(a, baseUrl, 'employeur');
    const b = await slowTab(context);
    await openStep(b, baseUrl, 'employeur');

    // B types (pending), then A saves another field.
    await typeAt(b, 'f-employeur-ville', 'Lyon', { blur: false });
    await typeAndSave(a, 'raison-sociale', 'Cabinet Alpha');
    expect(await noticeText(b)).toContain('Rechargez-le pour voir ses valeurs, ou gardez les vôtres');
    expect(await b.locator('.island__notice button', { hasText: 'Recharger le dossier' }).isVisible()).toBe(true);
    expect(await b.locator('.island__notice button', { hasText: 'Garder mes valeurs' }).isVisible()).toBe(true);
    // Nothing was replaced behind B's back, nothing of A's was overwritten.
    expect(await value(b, 'ville')).toBe('Lyon');
    expect((await storedDossier(a))?.employeur).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: '' });
    await pressButton(b, 'Garder mes valeurs', { toward: '.island__notice' });
    await b.waitForFunction(() => document.querySelector('.island__notice')?.textContent?.includes('ont été réunies'));
    await shows(b, 'raison-sociale', 'Cabinet Alpha');
    expect(await value(b, 'ville')).toBe('Lyon');
    await shows(a, 'ville', 'Lyon');
    expect(await value(a, 'raison-sociale')).toBe('Cabinet Alpha');
    expect((await storedDossier(a))?.employeur).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: 'Lyon' });

    // Again, and this time B chooses the stored version.
    await typeAt(b, 'f-employeur-code-postal', '69002', { blur: false });
    await typeAndSave(a, 'adresse', '12 rue de la République');
    expect(await noticeText(b)).toContain('Rechargez-le');
    expect(await value(b, 'code-postal')).toBe('69002');
    await pressButton(b, 'Recharger le dossier', { toward: '.island__notice' });
    await shows(b, 'adresse', '12 rue de la République');
    expect(await value(b, 'code-postal')).toBe('');
    for (const page of [a, b]) {
      expect(await value(page, 'raison-sociale')).toBe('Cabinet Alpha');
      expect(await value(page, 'ville')).toBe('Lyon');
    }
    expect((await storedDossier(a))?.employeur).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: 'Lyon', adresse: '12 rue de la République' });
    await context.close();
  });

  it('a tab that leaves without choosing loses nothing: different fields are merged, the same field keeps both versions', async () => {
    const { context, page: a } = await newPage(browser);
    await openStep(a, baseUrl, 'employeur');
    const b = await slowTab(context);
    await openStep(b, baseUrl, 'employeur');
    await typeAt(b, 'f-employeur-ville', 'Lyon', { blur: false });
    await typeAndSave(a, 'raison-sociale', 'Cabinet Alpha');
    expect(await noticeText(b)).toContain('Rechargez-le');
    // B follows a link without answering the notice.
    await b.goto(siteUrl(baseUrl, '/etapes/representant-legal/'));
    await openStep(b, baseUrl, 'employeur');
    expect(await value(b, 'ville')).toBe('Lyon');
    expect(await value(b, 'raison-sociale')).toBe('Cabinet Alpha');
    expect((await storedDossier(a))?.employeur).toMatchObject({ raisonSociale: 'Cabinet Alpha', ville: 'Lyon' });

    // Both tabs change the same field; B leaves again: its value stays, A's is kept as a copy dossier.
    await typeAt(b, 'f-employeur-telephone', '04 78 00 00 01', { blur: false });
    await typeAndSave(a, 'telephone', '04 78 00 00 02');
    expect(await noticeText(b)).toContain('Rechargez-le');
    await b.goto(siteUrl(baseUrl, '/etapes/representant-legal/'));
    await openStep(b, baseUrl, 'employeur');
    expect(await value(b, 'telephone')).toBe('04 78 00 00 01');
    const copies = await b.evaluate(() => new Promise<string[]>((resolve) => {
      const req = indexedDB.open('guide-siseri');
      req.onsuccess = () => {
        const get = req.result.transaction('dossiers').objectStore('dossiers').getAll();
        get.onsuccess = () => resolve(get.result.map((r: unknown) => JSON.stringify(r)).filter((j: string) => j.includes('04 78 00 00 02')));
      };
    }));
    expect(copies.length).toBeGreaterThan(0);
    await context.close();
  });

  it('each tab keeps its own open dossier: creating one in a tab does not switch the other tab’s next page', async () => {
    const { context, page: a } = await newPage(browser);
    await openStep(a, baseUrl, 'employeur');
    await typeAndSave(a, 'raison-sociale', 'Cabinet Alpha');
    const b = await context.newPage();
    await b.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await b.fill('#dossier-nouveau', 'Deuxième cabinet');
    await b.getByRole('button', { name: 'Créer un nouveau dossier' }).click();
    await waitForSummary(b, /incomplet/);
    // A goes on to another page: still its own dossier, and its header names it.
    await openStep(a, baseUrl, 'employeur');
    expect(await value(a, 'raison-sociale')).toBe('Cabinet Alpha');
    expect(await a.locator('[data-dossier-name-text]').first().textContent()).toBe('Cabinet Alpha');
    // B's next page shows B's new dossier.
    await openStep(b, baseUrl, 'employeur');
    expect(await value(b, 'raison-sociale')).toBe('');
    await context.close();
  });
});
