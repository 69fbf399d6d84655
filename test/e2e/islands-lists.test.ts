/**
 * The list islands (CES, MDT, PCR) with the keyboard only: add, PASS's « N° habilitation »
 * question when adding without one, edit, reorder (↑ ↓), remove, a duplicate e-mail flagged,
 * « Souhaitez-vous poursuivre sans désigner de médecin du travail ? » on an empty MDT list, an
 * « Externe » entry; axe in the empty, error and complete states of each.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { reusedPage } from './helpers/reused-page';
import { enterRecord, focused, pressButton, typeInto } from './helpers/keyboard';
import { announced, expectNoAxeViolationsInIsland, expectStepDone, openStep, storedDossier, summaryLinks, validateStep } from './helpers/island';
import { CES, MDT, PCR, formOf, type Entry } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** The list table's rows (data cells only, « Actions » left out). */
function rows(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableRowElement>('.island__table tbody tr')]
      .filter((tr) => tr.getClientRects().length > 0 && !tr.querySelector('td[colspan]'))
      .map((tr) => [...tr.cells].slice(0, -1).map((td) => (td.textContent ?? '').trim())),
  );
}

/** Presses « Ajouter » (or « Enregistrer les modifications ») of the entry form. */
function submitEntry(page: Page, formKey: string, label = 'Ajouter'): Promise<void> {
  return pressButton(page, label, { toward: `#entree-${formKey} .island__actions .btn` });
}

/** Waits for PASS's pop-up, then answers with the keyboard: Enter on « OK » (focused first), or Tab then Enter on « Annuler ». */
async function answer(page: Page, dialogId: string, choice: 'OK' | 'Annuler'): Promise<void> {
  const dialog = page.locator(`#${dialogId}`);
  await dialog.waitFor({ state: 'visible' });
  expect((await focused(page)).text).toBe('OK');
  if (choice === 'Annuler') {
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Annuler');
  }
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
}

/** Types an entry and adds it (no habilitation number: answers PASS's question with OK). */
async function addEntry(page: Page, formKey: string, entry: Entry): Promise<void> {
  const before = (await rows(page)).length;
  await enterRecord(page, formOf(formKey), entry);
  await submitEntry(page, formKey);
  if (!entry.habilitation) await answer(page, 'dialogue-habilitation-vide', 'OK');
  await page.waitForFunction((n) => document.querySelectorAll('.island__table tbody tr:not([style*="none"])').length > n, before);
  expect(await rows(page)).toHaveLength(before + 1);
}


const DURAND: Entry = { civilite: 'Mme.', nom: 'Durand', prenom: 'Claire', courriel: 'claire.durand@exemple.fr', confirmationCourriel: 'claire.durand@exemple.fr' };
const MARTIN: Entry = { civilite: 'M.', nom: 'Martin', prenom: 'Paul', courriel: 'claire.durand@exemple.fr', confirmationCourriel: 'claire.durand@exemple.fr', habilitation: 'CES-2020-9' };

describe('list islands, keyboard only', () => {
  it('CES: add (with PASS’s question), duplicate e-mail, edit, reorder, remove, validate', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'correspondant-employeur');
    await expectNoAxeViolationsInIsland(page, 'ces (vide)');
    await validateStep(page);
    expect(await summaryLinks(page)).toEqual(['Ajoutez au moins un correspondant avec le bouton «\u00a0Ajouter\u00a0»\u00a0: PASS en demande au moins 1.']);
    await expectNoAxeViolationsInIsland(page, 'ces (erreurs)');

    // Without a habilitation number, PASS's question: « Annuler » keeps the entry in the form.
    await enterRecord(page, formOf('ces'), DURAND);
    await submitEntry(page, 'ces');
    await answer(page, 'dialogue-habilitation-vide', 'Annuler');
    await page.waitForFunction(() => document.activeElement?.id === 'f-ces-habilitation');
    expect(await rows(page)).toEqual([]);
    expect(await page.inputValue('#f-ces-nom')).toBe('Durand');
    // « OK »: added.
    await submitEntry(page, 'ces');
    await answer(page, 'dialogue-habilitation-vide', 'OK');
    await announced(page, 'Correspondant ajouté à la liste : Claire Durand.');
    expect(await rows(page)).toEqual([['1', 'Durand', 'Claire', '', 'claire.durand@exemple.fr', 'Celles de l’employeur']]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ces-liste');
    expect(await page.inputValue('#f-ces-nom')).toBe('');

    await addEntry(page, 'ces', CES[0]!);
    // The same e-mail twice in the list: an error on the row, in the summary, and in the badge.
    await addEntry(page, 'ces', MARTIN);
    expect(await page.locator('.island__table tbody tr.row--error').count()).toBe(1);
    expect(await page.locator('.island__rowmsg:visible').innerText()).toContain('déjà celui de l’entrée n°\u00a01');
    await page.waitForFunction(() => document.querySelector('[data-step-status="correspondant-employeur"]')?.textContent === 'À corriger');
    await validateStep(page);
    const links = await summaryLinks(page);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^Entrée n° 3, Courriel : Ce courriel est déjà celui de l’entrée n°\u00a01/);
    await expectNoAxeViolationsInIsland(page, 'ces (doublon)');
    // The summary link leads to the entry's « Modifier » button; Enter there opens it in the form.
    await page.waitForFunction(() => document.activeElement?.classList.contains('island__summary'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ces-entree-2-modifier');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#entree-ces legend')?.textContent?.endsWith('modification de l’entrée n° 3'));
    expect(await page.inputValue('#f-ces-nom')).toBe('Martin');
    await typeInto(page, 'f-ces-courriel', 'paul.martin@exemple.fr');
    await typeInto(page, 'f-ces-confirmation-courriel', 'paul.martin@exemple.fr');
    await submitEntry(page, 'ces', 'Enregistrer les modifications');
    await announced(page, 'Modifications enregistrées : Paul Martin.');
    expect((await rows(page))[2]).toEqual(['3', 'Martin', 'Paul', 'CES-2020-9', 'paul.martin@exemple.fr', 'Celles de l’employeur']);
    expect(await page.locator('.island__table tbody tr.row--error').count()).toBe(0);

    // Reorder: ↓ on the first, ↑ on the last; the focus stays on the move button, in the entry's new row.
    const names = async () => (await rows(page)).map((r) => r[1]);
    expect(await names()).toEqual(['Durand', 'Garçon', 'Martin']);
    expect(await page.locator('button[aria-label="Monter Claire Durand d’un rang"]').isDisabled()).toBe(true);
    await pressButton(page, 'Descendre Claire Durand d’un rang', { toward: 'button[aria-label="Descendre Claire Durand d’un rang"]' });
    await announced(page, 'Entrée déplacée en position 2.');
    expect(await names()).toEqual(['Garçon', 'Durand', 'Martin']);
    await page.waitForFunction(() => document.activeElement?.id === 'ces-entree-1-descendre');
    expect((await focused(page)).label).toBe('Descendre Claire Durand d’un rang');
    expect(await page.locator('button[aria-label="Descendre Paul Martin d’un rang"]').isDisabled()).toBe(true);
    await pressButton(page, 'Monter Paul Martin d’un rang', { toward: 'button[aria-label="Monter Paul Martin d’un rang"]' });
    expect(await names()).toEqual(['Garçon', 'Martin', 'Durand']);
    await page.waitForFunction(() => document.activeElement?.id === 'ces-entree-1-monter');
    // Remove: the focus goes to the next row's « Modifier »; « Annuler le retrait » puts the entry back.
    await pressButton(page, 'Retirer Paul Martin de la liste', { toward: 'button[aria-label="Retirer Paul Martin de la liste"]' });
    await announced(page, 'Paul Martin retiré de la liste.');
    expect(await names()).toEqual(['Garçon', 'Durand']);
    await page.waitForFunction(() => document.activeElement?.id === 'ces-entree-1-modifier');
    await pressButton(page, 'Annuler le retrait de Paul Martin', { toward: '.island__undo button' });
    await announced(page, 'Retrait annulé : Paul Martin est de nouveau dans la liste, en position 2.');
    expect(await names()).toEqual(['Garçon', 'Martin', 'Durand']);
    await page.waitForFunction(() => document.activeElement?.id === 'ces-entree-1-modifier');
    await pressButton(page, 'Retirer Paul Martin de la liste', { toward: 'button[aria-label="Retirer Paul Martin de la liste"]' });
    await page.waitForFunction(() => document.activeElement?.id === 'ces-entree-1-modifier');
    expect(await names()).toEqual(['Garçon', 'Durand']);

    await validateStep(page);
    await expectStepDone(page);
    await expectNoAxeViolationsInIsland(page, 'ces (complet)');
    const stored = await storedDossier(page);
    expect((stored?.ces as { nom: string }[]).map((e) => e.nom)).toEqual(['Garçon', 'Durand']);
  });

  it('MDT: PASS’s « sans médecin du travail » question on an empty list, then an « Externe » entry', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'medecin-du-travail');
    await expectNoAxeViolationsInIsland(page, 'mdt (vide)');
    await validateStep(page);
    const dialog = page.locator('#dialogue-sans-medecin');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('Souhaitez-vous poursuivre sans désigner de médecin du travail ?');
    await answer(page, 'dialogue-sans-medecin', 'Annuler');
    await page.waitForFunction(() => document.activeElement?.id === 'f-mdt-civilite');
    expect(await page.locator('.island__done').innerText()).toBe('');
    await validateStep(page);
    await answer(page, 'dialogue-sans-medecin', 'OK');
    await expectStepDone(page);

    // An entry with errors cannot be added.
    await submitEntry(page, 'mdt');
    await page.waitForFunction(() => document.querySelector('.island__summary h3')?.textContent?.startsWith('Cette personne ne peut pas encore être ajoutée'));
    expect(await page.getAttribute('#f-mdt-nom', 'aria-invalid')).toBe('true');
    await expectNoAxeViolationsInIsland(page, 'mdt (erreurs)');
    expect(await page.locator('#f-mdt-siret').isVisible()).toBe(false);
    await addEntry(page, 'mdt', MDT[0]!);
    expect(await rows(page)).toEqual([['1', 'Bœuf', 'François', 'MDT-2022-007', 'francois.boeuf@sist-rhone.fr', 'Externe']]);
    await validateStep(page);
    await expectStepDone(page);
    expect(await dialog.isVisible()).toBe(false);
    await expectNoAxeViolationsInIsland(page, 'mdt (complet)');
    expect((await storedDossier(page))?.mdt).toMatchObject([MDT[0]]);
  });

  it('PCR: « Envoi », an « Externe » entry with its address, PASS’s question, validate', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'pcr');
    await expectNoAxeViolationsInIsland(page, 'pcr (vide)');
    await validateStep(page);
    expect((await summaryLinks(page))[0]).toContain('Ajoutez au moins une personne compétente');
    await expectNoAxeViolationsInIsland(page, 'pcr (erreurs)');
    await addEntry(page, 'pcr', PCR[0]!);
    expect(await page.locator('#f-pcr-siret').isVisible()).toBe(false);
    await addEntry(page, 'pcr', PCR[1]!);
    await addEntry(page, 'pcr', { civilite: 'M.', nom: 'Petit', prenom: 'Luc', courriel: 'luc.petit@exemple.fr', confirmationCourriel: 'luc.petit@exemple.fr' });
    expect(await rows(page)).toEqual([
      ['1', 'Lefèvre', 'Élodie', 'PCR-2021-330', 'elodie.lefevre@cabinet-lefevre.fr', 'Celles de l’employeur', 'Oui'],
      ['2', 'Nguyen', 'Jérôme', 'PCR-2023-451', 'j.nguyen@rp-conseil.fr', 'Externe', 'Non'],
      ['3', 'Petit', 'Luc', '', 'luc.petit@exemple.fr', 'Celles de l’employeur', 'Non'],
    ]);
    await validateStep(page);
    await expectStepDone(page);
    await expectNoAxeViolationsInIsland(page, 'pcr (complet)');
    expect((await storedDossier(page))?.pcr).toMatchObject([PCR[0], PCR[1], { nom: 'Petit', externe: false, habilitation: '' }]);
  });
});
