/**
 * What the islands say about wrong values, with the keyboard only: the right message next to the
 * field only once the field is left (never while typing before the first blur), `aria-invalid`,
 * the error summary whose links focus the field, the special-character clean-up, and the
 * « Copier » buttons (clipboard and the `#annonces` live region).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';

import { reusedPage } from './helpers/reused-page';
import { enterRecord, focused, pressButton, tabUntil, typeInto } from './helpers/keyboard';
import { announced, messageOf, openStep, summaryLinks, validateStep } from './helpers/island';
import { TRAVAILLEURS, formOf } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** Waits until the save status says the last edit was written (the island had time to react). */
async function waitForSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('Enregistré dans ce navigateur'));
}

/**
 * Types a wrong value without leaving the field: no message, no `aria-invalid`, even once it is
 * saved; then Tab: the message (containing each of `expected`) and `aria-invalid="true"`.
 */
async function expectMessageOnlyAfterBlur(page: Page, id: string, value: string, expected: string[]): Promise<void> {
  await page.evaluate(() => document.querySelector('.save-status')!.replaceChildren());
  // Forward, as a user reaches it: Shift+Tab from below would leave (hence reveal) the field first.
  await typeInto(page, id, value, { blur: false, backwards: false });
  await waitForSaved(page);
  expect(await messageOf(page, id), `${id} avant de quitter le champ`).toBe('');
  expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBeNull();
  await page.keyboard.press('Tab');
  await page.waitForFunction((sel) => document.getElementById(sel)?.textContent !== '', `${id}-msg`);
  const msg = await messageOf(page, id);
  for (const e of expected) expect(msg, id).toContain(e);
  expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
  // The message is announced and tied to the field.
  expect(await page.getAttribute(`#${id}`, 'aria-describedby')).toContain(`${id}-msg`);
}

/** Presses Enter on the summary link whose text starts with `label`; the field must take the focus. */
async function followSummaryLink(page: Page, label: string, fieldId: string): Promise<void> {
  await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith(label), { toward: '.island__summary', what: `le lien « ${label} » du récapitulatif` });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId);
}

describe('field messages, keyboard only', () => {
  it('employeur: SIRET with one digit changed and « 2A000 » are flagged after blur only; summary links focus the field', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'employeur');
    await expectMessageOnlyAfterBlur(page, 'f-employeur-siret', '732 829 320 00075', ['clé de contrôle']);
    await expectMessageOnlyAfterBlur(page, 'f-employeur-code-postal', '2A000', ['«\u00a02A\u00a0»', 'Corse']);
    // A second mistake in a field already left is flagged as it is typed.
    await typeInto(page, 'f-employeur-siret', '12345', { blur: false });
    await page.waitForFunction(() => document.getElementById('f-employeur-siret-msg')?.textContent?.includes('vous en avez saisi 5'));
    await validateStep(page);
    const links = await summaryLinks(page);
    expect(links).toContain(`Numéro SIRET : ${await messageOf(page, 'f-employeur-siret')}`);
    expect(links.some((l) => l.startsWith('Code Postal : «\u00a02A\u00a0»'))).toBe(true);
    await followSummaryLink(page, 'Code Postal', 'f-employeur-code-postal');
    await validateStep(page);
    await followSummaryLink(page, 'Numéro SIRET', 'f-employeur-siret');
    // Corrected: the message and aria-invalid go away as soon as the value is right.
    await typeInto(page, 'f-employeur-siret', '73282932000074');
    expect(await messageOf(page, 'f-employeur-siret')).toBe('');
    expect(await page.getAttribute('#f-employeur-siret', 'aria-invalid')).toBeNull();
  });

  it('représentant: a different confirmation e-mail and a landline as mobile are flagged after blur only', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'representant-legal');
    await typeInto(page, 'f-representant-courriel', 'claire.dupont@exemple.fr', { backwards: false });
    await expectMessageOnlyAfterBlur(page, 'f-representant-confirmation-courriel', 'claire.dupond@exemple.fr', ['La confirmation ne correspond pas au courriel saisi']);
    await expectMessageOnlyAfterBlur(page, 'f-representant-telephone-portable', '01 23 45 67 89', ['n’est pas un portable', '06 ou 07']);
    await validateStep(page);
    const links = await summaryLinks(page);
    expect(links.some((l) => l.startsWith('Confirmation courriel : La confirmation ne correspond pas'))).toBe(true);
    expect(links.some((l) => l.startsWith('Téléphone portable : Ce numéro n’est pas un portable'))).toBe(true);
    await followSummaryLink(page, 'Téléphone portable', 'f-representant-telephone-portable');
    await validateStep(page);
    await followSummaryLink(page, 'Confirmation courriel', 'f-representant-confirmation-courriel');
  });

  it('special characters: a warning after blur, and « Retirer les caractères spéciaux » cleans the value', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'employeur');
    const fix = page.locator('.field__fix[data-key="raisonSociale"]');
    await typeInto(page, 'f-employeur-raison-sociale', 'Cabinet «Dupont» @ Fils', { blur: false, backwards: false });
    expect(await messageOf(page, 'f-employeur-raison-sociale')).toBe('');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.getElementById('f-employeur-raison-sociale-msg')?.textContent?.includes('caractères que PASS risque de refuser'));
    expect(await messageOf(page, 'f-employeur-raison-sociale')).toContain('«\u00a0@\u00a0»');
    // A warning, not an error.
    expect(await page.getAttribute('#f-employeur-raison-sociale', 'aria-invalid')).toBeNull();
    expect(await fix.isVisible()).toBe(true);
    await pressButton(page, 'Retirer les caractères spéciaux');
    await page.waitForFunction(() => (document.getElementById('f-employeur-raison-sociale') as HTMLInputElement).value === 'Cabinet Dupont Fils');
    await announced(page, 'Caractères spéciaux retirés.');
    expect(await messageOf(page, 'f-employeur-raison-sociale')).toBe('');
    expect(await fix.isVisible()).toBe(false);
    expect(await page.locator('.field__capsval[data-key="raisonSociale"]').innerText()).toBe('CABINET DUPONT FILS');
  });

  it('« Copier » copies the value of a text field and of a select, and « Copié » is announced', async () => {
    const { context, page } = await visit();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await openStep(page, baseUrl, 'employeur');
    await typeInto(page, 'f-employeur-siret', '732 829 320 00074', { blur: false });
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Copier la valeur de « Numéro SIRET »');
    await page.keyboard.press('Enter');
    await announced(page, 'Copié');
    // The PASS form (14 digits) is copied; the field keeps what was typed.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('73282932000074');
    expect(await page.inputValue('#f-employeur-siret')).toBe('732 829 320 00074');
    await openStep(page, baseUrl, 'travailleurs');
    await enterRecord(page, formOf('travailleurs'), { domaine: TRAVAILLEURS.domaine!, activite: TRAVAILLEURS.activite! });
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Copier la valeur de « et choisir l\'activité principale dans la liste ci-dessous »');
    await page.keyboard.press('Space');
    await announced(page, 'Copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Soins dentaires');
  });
});
