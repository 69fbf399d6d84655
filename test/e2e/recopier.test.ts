/**
 * « Recopier dans PASS » (`/recopier/`), in Chromium: a filled dossier shown one PASS screen at a
 * time in PASS order; « Copier » puts the PASS form in the clipboard (a SIRET typed with spaces
 * is copied as 14 digits) while the value stays shown as typed, and says so once; the copy
 * buttons are reached with the keyboard in PASS order; ticks survive a reload and vanish after
 * « Effacer les coches » and after « Effacer mes données »; people one by one with PASS's
 * « Ajouter » reminder; a notice links to a step in error; an empty dossier gets a start link;
 * « Ouvrir à côté de PASS » opens it in a small window; axe finds nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { FORM_SCREENS } from '../../src/model';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { reusedPage } from './helpers/reused-page';
import { announced, expectNoAxeViolations, recordAnnouncements, seedDossier } from './helpers/island';
import { e2eDossierData, EMPLOYEUR } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');
const ORIGIN = new URL(siteUrl(baseUrl, '/')).origin;
/** The PASS screens to copy, in PASS order (the after-creation step is not typed into PASS). */
const SCREENS_TO_COPY = FORM_SCREENS.filter((s) => !s.afterCreation);

const visit = reusedPage();

/** The file's page, emptied (helpers/reused-page.ts), its origin allowed to use the clipboard. */
async function clipboardPage(viewport = { width: 420, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const r = await visit({ viewport });
  await r.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  return r;
}

/** Opens /recopier/ (with a hash) and waits for the dossier. */
async function openRecopier(page: Page, hash = ''): Promise<void> {
  await page.goto(siteUrl(baseUrl, `/recopier/${hash}`));
  await page.waitForSelector('.recopier[data-ready="true"]', { state: 'attached' });
  await recordAnnouncements(page);
}


/** The rows shown for the current screen: label, value shown, state. */
function rows(page: Page) {
  return page.locator('.recopier__row').evaluateAll((lis) =>
    lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => ({
      label: li.querySelector('.recopier__label')?.textContent ?? '',
      value: li.querySelector('.recopier__value')?.textContent ?? '',
      state: li.querySelector('.recopier__state')?.textContent ?? '',
    })),
  );
}

describe('a filled dossier, screen by screen', () => {
  it('shows each PASS screen in PASS order with « Écran suivant / précédent »', async () => {
    const { page } = await clipboardPage();
    await seedDossier(page, baseUrl, e2eDossierData());
    await openRecopier(page);
    const headings: string[] = [];
    for (let i = 0; i < SCREENS_TO_COPY.length; i++) {
      const s = SCREENS_TO_COPY[i]!;
      await expect.poll(() => page.locator('#recopier-ecran').innerText()).toBe(`Étape ${s.number} : ${s.title}`);
      headings.push(await page.locator('#recopier-ecran').innerText());
      expect(await page.locator('.recopier__counter').innerText()).toBe(`Écran ${i + 1} sur ${SCREENS_TO_COPY.length} à recopier`);
      expect(new URL(page.url()).hash).toBe(i === 0 ? '' : `#etape-${s.slug}`);
      const next = page.getByRole('button', { name: 'Écran suivant' });
      if (i < SCREENS_TO_COPY.length - 1) {
        await next.focus();
        await page.keyboard.press('Enter');
        // Focus goes to the new screen's title, for keyboard and screen-reader users.
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('recopier-ecran');
      } else {
        expect(await next.isVisible()).toBe(false);
      }
    }
    expect(headings.length).toBe(8);
    await page.getByRole('button', { name: 'Écran précédent' }).click();
    await expect.poll(() => page.locator('#recopier-ecran').innerText()).toContain(`Étape ${SCREENS_TO_COPY.at(-2)!.number} :`);
    // A reload keeps the screen (the hash names it).
    await page.reload();
    await page.waitForSelector('.recopier[data-ready="true"]', { state: 'attached' });
    await expect.poll(() => page.locator('#recopier-ecran').innerText()).toContain(`Étape ${SCREENS_TO_COPY.at(-2)!.number} :`);
  });

  it('copies the PASS form, shows the value as typed, ticks it, and keeps the tick across a reload', async () => {
    const { page } = await clipboardPage();
    await seedDossier(page, baseUrl, e2eDossierData());
    await openRecopier(page, '#etape-employeur');
    const shown = await rows(page);
    const siret = shown.find((r) => r.label === 'Numéro SIRET');
    expect(siret?.value).toBe(EMPLOYEUR.siret); // « 732 829 320 00074 », as typed
    expect(siret?.state).toBe('pas encore copié');

    // The copy buttons, in DOM (= Tab) order, follow PASS's order of the fields.
    const names = await page.locator('.recopier__copy:visible').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    const passOrder = SCREENS_TO_COPY[0]!.form!.groups.flatMap((g) => g.fields).map((f) => `Copier « ${f.label} »`).filter((n) => names.includes(n));
    expect(names).toEqual(passOrder);
    expect(names).toContain('Copier « Numéro SIRET »');

    // Keyboard: Tab from the first copy button reaches the next one.
    const first = page.locator('.recopier__copy:visible').first();
    await first.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(names[1]);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    const button = page.getByRole('button', { name: 'Copier « Numéro SIRET »' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('73282932000074');
    await announced(page, '« Numéro SIRET » copié');
    // Announced once: the live region is the only place that speaks it.
    expect(await page.locator('[aria-live], [role="status"], [role="alert"]').filter({ hasText: 'Numéro SIRET » copié' }).count()).toBe(1);
    await expect.poll(async () => (await rows(page)).find((r) => r.label === 'Numéro SIRET')?.state).toBe('copié');
    expect((await rows(page)).find((r) => r.label === 'Numéro SIRET')?.value).toBe(EMPLOYEUR.siret);
    // The telephone goes as digits only.
    await page.getByRole('button', { name: 'Copier « Téléphone »' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('0478123456');
    await expect.poll(() => page.locator('.recopier__progress').innerText()).toMatch(/^Valeurs copiées\s: 2 sur \d+$/);

    await page.reload();
    await page.waitForSelector('.recopier[data-ready="true"]', { state: 'attached' });
    await expect.poll(async () => (await rows(page)).filter((r) => r.state === 'copié').map((r) => r.label)).toEqual(['Numéro SIRET', 'Téléphone']);

    // « Effacer les coches »: every value shows as not copied again, also after a reload.
    await page.getByRole('button', { name: 'Effacer les coches' }).click();
    await expect.poll(async () => (await rows(page)).filter((r) => r.state === 'copié').length).toBe(0);
    await page.reload();
    await page.waitForSelector('.recopier[data-ready="true"]', { state: 'attached' });
    expect((await rows(page)).filter((r) => r.state === 'copié').length).toBe(0);
  });

  it('lists people one by one with PASS’s « Ajouter » reminder', async () => {
    const { page } = await clipboardPage();
    const data = e2eDossierData();
    await seedDossier(page, baseUrl, data);
    await openRecopier(page, '#etape-pcr');
    const people = (data.pcr as unknown[]).length;
    expect(people).toBeGreaterThan(1);
    const heads = await page.locator('.recopier__person:visible').allInnerTexts();
    expect(heads).toEqual(Array.from({ length: people }, (_, i) => `Personne compétente n° ${i + 1}`));
    expect(await page.locator('.recopier__add:visible').count()).toBe(people);
    expect(await page.locator('.recopier__add').first().innerText()).toContain('« Ajouter »');
  });

  it('says when a step is in error, with a link to it', async () => {
    const { page } = await clipboardPage();
    const data = e2eDossierData();
    (data.employeur as Record<string, unknown>).siret = '732 829 320 00075'; // wrong check digit
    await seedDossier(page, baseUrl, data);
    await openRecopier(page);
    const notice = page.locator('.recopier__notice--error');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('erreurs');
    expect(await notice.locator('a').getAttribute('href')).toBe(new URL(siteUrl(baseUrl, '/etapes/employeur/')).pathname);
  });
});

describe('erase and empty dossier', () => {
  it('after « Effacer mes données » no tick is left and the page offers a start link', async () => {
    const { page } = await clipboardPage();
    await seedDossier(page, baseUrl, e2eDossierData());
    await openRecopier(page, '#etape-employeur');
    await page.getByRole('button', { name: 'Copier « Numéro SIRET »' }).click();
    await expect.poll(async () => (await rows(page)).find((r) => r.label === 'Numéro SIRET')?.state).toBe('copié');
    const ticksStored = () =>
      page.evaluate(async () => {
        const conn = await new Promise<IDBDatabase>((ok, ko) => {
          const r = indexedDB.open('guide-siseri');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
        try {
          if (!conn.objectStoreNames.contains('dossiers')) return [];
          const keys = await new Promise<IDBValidKey[]>((ok, ko) => {
            const r = conn.transaction('dossiers').objectStore('dossiers').getAllKeys();
            r.onsuccess = () => ok(r.result);
            r.onerror = () => ko(r.error);
          });
          return keys.map(String).filter((k) => k.startsWith('copies:'));
        } finally {
          conn.close();
        }
      });
    await expect.poll(ticksStored).toHaveLength(1);

    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await page.click('[data-erase-all]');
    await Promise.all([page.waitForEvent('load'), page.click('#confirmer-effacer button[value="ok"]')]);
    await openRecopier(page, '#etape-employeur');
    expect(await ticksStored()).toEqual([]);
    await expect.poll(() => page.locator('.recopier__empty').isVisible()).toBe(true);
    expect(await page.locator('.recopier__row:visible').count()).toBe(0);
    const start = page.locator('.recopier__empty a.btn');
    expect(await start.getAttribute('href')).toBe(new URL(siteUrl(baseUrl, '/etapes/employeur/')).pathname);
  });
});

describe('opening and accessibility', () => {
  it('« Ouvrir à côté de PASS » opens /recopier/ on that screen in a small window', async () => {
    // Its own context: the pop-up window stays open in it.
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl(baseUrl, '/etapes/representant-legal/'));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Ouvrir à côté de PASS' }).click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe(new URL(siteUrl(baseUrl, '/recopier/')).pathname);
    expect(new URL(popup.url()).hash).toBe('#etape-representant-legal');
    expect(await popup.evaluate(() => window.innerWidth)).toBeLessThanOrEqual(480);
    // The opener stays where it was.
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(baseUrl, '/etapes/representant-legal/')).pathname);
    // From the récapitulatif too.
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    expect(await page.getByRole('link', { name: 'Ouvrir à côté de PASS' }).count()).toBe(1);
    await context.close();
  });

  it('passes axe filled and empty, at 320 and 480 px', async () => {
    const empty = await clipboardPage({ width: 320, height: 800 });
    await openRecopier(empty.page);
    await expect.poll(() => empty.page.locator('.recopier__empty').isVisible()).toBe(true);
    await expectNoAxeViolations(empty.page, '/recopier/ vide');
    const { page } = await clipboardPage({ width: 320, height: 800 });
    await seedDossier(page, baseUrl, e2eDossierData());
    await page.setViewportSize({ width: 480, height: 800 });
    await openRecopier(page, '#etape-mdt');
    await page.locator('.recopier__copy:visible').first().click();
    await expectNoAxeViolations(page, '/recopier/ rempli');
    // No horizontal scrolling at 320 px.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
