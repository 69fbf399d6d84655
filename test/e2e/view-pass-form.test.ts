/**
 * The dossier's one view, in Chromium: « Copier » gives the PASS form of a value (a SIRET typed
 * with spaces → 14 digits) in the form and in the récapitulatif, while both show the value as
 * typed; « & » in « Raison sociale ou nom » is a warning naming it; a field behind a group
 * condition (« CES Externe ») shows in the form and the récapitulatif only when the box is ticked.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { siteUrl } from './browser';
import { reusedPage } from './helpers/reused-page';
import { messageOf, openStep, seedDossier, waitForSummary } from './helpers/island';
import { pressButton, setCheckbox, typeInto } from './helpers/keyboard';
import { dossierComplet } from '../fixtures/dossier-complet';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** A page whose origin may read and write the clipboard. */
async function clipboardPage(): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await visit();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  return { context, page };
}

/** Clicks `button` and returns the clipboard once it holds something. */
async function copiedBy(page: Page, button: ReturnType<Page['locator']>): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await button.click();
  // Polled from Node: `waitForFunction` would not wait for the clipboard's promise.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 90_000, interval: 100 }).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens the récapitulatif and waits until it shows the dossier. */
async function openSummary(page: Page): Promise<void> {
  await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
  await waitForSummary(page);
}

describe('« Copier » gives what PASS expects', () => {
  it('in the récapitulatif: a SIRET shown as typed, copied as 14 digits; a phone copied as digits', async () => {
    const { page } = await clipboardPage();
    const data = dossierComplet();
    Object.assign(data.employeur as Record<string, unknown>, { siret: '732 829 320 00074', telephone: '04 78 12 34 56' });
    await seedDossier(page, baseUrl, data);
    await openSummary(page);
    const siret = page.locator('.recap__line', { hasText: 'Numéro SIRET' }).first();
    await siret.waitFor();
    expect(await siret.innerText()).toContain('732 829 320 00074');
    expect(await copiedBy(page, siret.getByRole('button'))).toBe('73282932000074');
    const phone = page.locator('.recap__line', { hasText: 'Téléphone' }).first();
    expect(await phone.innerText()).toContain('04 78 12 34 56');
    expect(await copiedBy(page, phone.getByRole('button'))).toBe('0478123456');
  });

  it('in the form: a French postal code typed with a space is copied as 5 digits', async () => {
    const { page } = await clipboardPage();
    await openStep(page, baseUrl, 'employeur');
    await typeInto(page, 'f-employeur-code-postal', '69 002', { blur: true });
    const copy = page.locator('.field__row:has(#f-employeur-code-postal) .field__copy');
    expect(await copiedBy(page, copy)).toBe('69002');
    expect(await page.inputValue('#f-employeur-code-postal')).toBe('69 002');
  });
});

describe('special characters', () => {
  it('« & » in « Raison sociale ou nom » is a warning naming it, and the clean-up writes « et »', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'employeur');
    await typeInto(page, 'f-employeur-raison-sociale', 'SELARL Cabinet Dentaire Lefèvre & Associés', { blur: true, backwards: false });
    await page.waitForFunction(() => document.getElementById('f-employeur-raison-sociale-msg')?.textContent?.includes('«\u00a0&\u00a0»'));
    expect(await messageOf(page, 'f-employeur-raison-sociale')).toContain('caractères que PASS risque de refuser');
    expect(await page.getAttribute('#f-employeur-raison-sociale', 'aria-invalid')).toBeNull();
    // The banner under PASS's sentence names the same symbols as the checker.
    expect(await page.locator('.island__symbols').innerText()).toContain('&');
    await pressButton(page, 'Retirer les caractères spéciaux');
    await page.waitForFunction(
      () => (document.getElementById('f-employeur-raison-sociale') as HTMLInputElement).value === 'SELARL Cabinet Dentaire Lefèvre et Associés',
    );
  });
});

describe('a field behind a group condition', () => {
  it('« CES Externe »: the SIRET of the external company shows in the form only when the box is ticked', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'correspondant-employeur');
    const siret = page.locator('#f-ces-siret');
    expect(await siret.isVisible()).toBe(false);
    await setCheckbox(page, 'f-ces-externe', true);
    await siret.waitFor({ state: 'visible' });
    await setCheckbox(page, 'f-ces-externe', false);
    await siret.waitFor({ state: 'hidden' });
  });

  it('the récapitulatif lists the external SIRET only for an entry whose box is ticked', async () => {
    const { page } = await visit();
    const data = dossierComplet();
    // Full fixture: the MDT is external (coordinates filled), the CES is not.
    await seedDossier(page, baseUrl, data);
    await openSummary(page);
    await page.locator('.recap__step:has(#recap-medecin-du-travail)').waitFor();
    expect(await page.locator('.recap__step:has(#recap-medecin-du-travail)').innerText()).toContain('55208131766522');
    expect(await page.locator('.recap__step:has(#recap-correspondant-employeur)').innerText()).not.toContain('Numéro SIRET');
  });
});
