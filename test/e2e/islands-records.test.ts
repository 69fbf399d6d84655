/**
 * The record islands (employeur, représentant légal, établissement, pièces justificatives,
 * travailleurs, step 14’s references), filled and validated with the keyboard only, with an axe
 * pass on the island in the empty, error and complete states of each (the whole page is the
 * a11y-axe-* files'); then the step navigation’s badges.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteUrl } from './browser';
import { reusedPage } from './helpers/reused-page';
import { chooseRadio, controlId, enterRecord, focused, setCheckbox, tabTo, tabUntil, typeInto } from './helpers/keyboard';
import { expectNoAxeViolationsInIsland, expectStepDone, openStep, seedDossier, stepNavStatuses, storedDossier, summaryLinks, validateStep, waitForIsland } from './helpers/island';
import { EMPLOYEUR, PIECES, REPRESENTANT, SUIVI, TRAVAILLEURS, e2eDossierData, formOf } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

describe('record islands, keyboard only', () => {
  it('employeur: empty → errors → summary link → filled → « Étape complète », axe clean in each state', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'employeur');
    await expectNoAxeViolationsInIsland(page, 'employeur (vide)');
    await validateStep(page);
    const links = await summaryLinks(page);
    expect(links.some((l) => l.startsWith('Numéro SIRET'))).toBe(true);
    // The summary took the focus; a summary link, pressed with Enter, focuses its field.
    await page.waitForFunction(() => document.activeElement?.classList.contains('island__summary'));
    await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith('Numéro SIRET'), { what: 'le lien « Numéro SIRET » du récapitulatif' });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('f-employeur-siret');
    expect(await page.getAttribute('#f-employeur-siret', 'aria-invalid')).toBe('true');
    await expectNoAxeViolationsInIsland(page, 'employeur (erreurs)');
    // Shift+Tab back to the top of the form, then every field forward.
    await tabUntil(page, (f) => f.type === 'radio', { backwards: true, what: 'le premier bouton radio' });
    await enterRecord(page, formOf('employeur'), EMPLOYEUR);
    await validateStep(page);
    await expectStepDone(page);
    expect(await page.locator('.island__summary').isVisible()).toBe(false);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator('.island__status .status-badge').innerText()).toBe('Complet');
    await expectNoAxeViolationsInIsland(page, 'employeur (complet)');
  });

  it('représentant légal: PASS’s « N° habilitation » question — « Annuler » stays on the form, « OK » validates', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'representant-legal');
    await expectNoAxeViolationsInIsland(page, 'representant-legal (vide)');
    await validateStep(page);
    expect(await summaryLinks(page)).toContain('Courriel : Saisissez l’adresse électronique.');
    await expectNoAxeViolationsInIsland(page, 'representant-legal (erreurs)');
    await enterRecord(page, formOf('representant'), REPRESENTANT);
    const dialog = page.locator('#dialogue-habilitation-vide');
    // « Annuler »: the dialog closes, the focus goes to the empty field, the step is not done.
    await validateStep(page);
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('Vous n\'avez pas renseigné de n° d\'habilitation pour cette personne.');
    expect((await focused(page)).text).toBe('OK');
    await expectNoAxeViolationsInIsland(page, 'representant-legal (question de PASS)');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Annuler');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'f-representant-habilitation');
    expect(await page.locator('.island__done').innerText()).toBe('');
    // « OK »: the step is validated without a habilitation number.
    await validateStep(page);
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expectStepDone(page);
    expect(await page.locator('.island__status .status-badge').innerText()).toBe('Complet');
    await expectNoAxeViolationsInIsland(page, 'representant-legal (complet)');
  });

  it('établissement: « Identique à l’employeur » copies the employer and locks the copied fields', async () => {
    const { page } = await visit();
    const { employeur } = e2eDossierData();
    await seedDossier(page, baseUrl, { employeur: employeur! });
    await openStep(page, baseUrl, 'etablissement');
    await expectNoAxeViolationsInIsland(page, 'etablissement (vide)');
    await validateStep(page);
    expect((await summaryLinks(page)).some((l) => l.startsWith('Numéro SIRET'))).toBe(true);
    await expectNoAxeViolationsInIsland(page, 'etablissement (erreurs)');
    await setCheckbox(page, 'f-etablissement-identique-employeur', true);
    await page.waitForFunction(() => (document.getElementById('f-etablissement-siret') as HTMLInputElement).value !== '');
    for (const key of ['raisonSociale', 'siret', 'adresse', 'codePostal', 'ville', 'telephone'] as const) {
      expect(await page.inputValue(`#${controlId('etablissement', key)}`), key).toBe(EMPLOYEUR[key]);
    }
    expect(await page.getAttribute('#f-etablissement-siret', 'readonly')).not.toBeNull();
    // A locked field ignores typing.
    await tabTo(page, 'f-etablissement-ville');
    await page.keyboard.type('X');
    expect(await page.inputValue('#f-etablissement-ville')).toBe('Lyon');
    await validateStep(page);
    await expectStepDone(page);
    await expectNoAxeViolationsInIsland(page, 'etablissement (complet)');
    // Unticked: the values stay, and become editable.
    await setCheckbox(page, 'f-etablissement-identique-employeur', false);
    expect(await page.getAttribute('#f-etablissement-siret', 'readonly')).toBeNull();
    expect(await page.inputValue('#f-etablissement-siret')).toBe(EMPLOYEUR.siret);
  });

  it('pièces justificatives: the checklist with the SIREN of the employer', async () => {
    const { page } = await visit();
    const { employeur } = e2eDossierData();
    await seedDossier(page, baseUrl, { employeur: employeur! });
    await openStep(page, baseUrl, 'pieces-justificatives');
    expect(await page.locator('.island__proof strong').innerText()).toBe('732829320');
    await expectNoAxeViolationsInIsland(page, 'pieces-justificatives (vide)');
    await validateStep(page);
    expect(await summaryLinks(page)).toHaveLength(3);
    await expectNoAxeViolationsInIsland(page, 'pieces-justificatives (erreurs)');
    await enterRecord(page, formOf('pieces'), PIECES);
    expect(await page.isChecked('#f-pieces-justificatif-1')).toBe(true);
    await validateStep(page);
    await expectStepDone(page);
    await expectNoAxeViolationsInIsland(page, 'pieces-justificatives (complet)');
  });

  it('travailleurs: « INB » shows only when exposed = Oui; the grouped activity list', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'travailleurs');
    const inb = page.locator('#f-travailleurs-inb-group');
    expect(await inb.isVisible()).toBe(false);
    expect(await page.locator('#f-travailleurs-activite optgroup').count()).toBeGreaterThan(1);
    await expectNoAxeViolationsInIsland(page, 'travailleurs (vide)');
    await validateStep(page);
    const links = await summaryLinks(page);
    expect(links.some((l) => l.startsWith('Si oui'))).toBe(false);
    await expectNoAxeViolationsInIsland(page, 'travailleurs (erreurs)');
    await chooseRadio(page, 'f-travailleurs-exposes', 1); // Non
    expect(await inb.isVisible()).toBe(false);
    await chooseRadio(page, 'f-travailleurs-exposes', 0); // Oui, with the arrow keys
    await inb.waitFor({ state: 'visible' });
    // INB is now in the tab order, the next field after the exposure question (past that
    // question's own help: « En savoir plus » and « Copier le lien »).
    const stops: string[] = [];
    for (let i = 0; i < 4 && !(await focused(page)).name.startsWith('f-travailleurs-inb'); i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      stops.push(f.name || f.tag);
    }
    expect(stops.at(-1)).toBe('f-travailleurs-inb');
    expect(stops.slice(0, -1).every((s) => s === 'summary' || s === 'button')).toBe(true);
    await enterRecord(page, formOf('travailleurs'), { inb: TRAVAILLEURS.inb!, domaine: TRAVAILLEURS.domaine!, activite: TRAVAILLEURS.activite! });
    expect(await page.inputValue('#f-travailleurs-activite')).toBe('102000');
    expect(await page.locator('#f-travailleurs-activite option:checked').evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe('Utilisations médicales et vétérinaires');
    await validateStep(page);
    await expectStepDone(page);
    await expectNoAxeViolationsInIsland(page, 'travailleurs (complet)');
    const stored = await storedDossier(page);
    expect(stored?.travailleurs).toMatchObject(TRAVAILLEURS);
  });

  it('après la création (step 14): the references PASS gives, optional, special characters warned', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'apres-la-creation');
    await expectNoAxeViolationsInIsland(page, 'apres-la-creation (vide)');
    // A special character: a warning (not an error) next to the field, after blur.
    await typeInto(page, 'f-suivi-nom-cle', 'LEFEVRE#69');
    await page.waitForFunction(() => document.getElementById('f-suivi-nom-cle-msg')?.textContent?.includes('«\u00a0#\u00a0»'));
    expect(await page.getAttribute('#f-suivi-nom-cle', 'aria-invalid')).toBeNull();
    await expectNoAxeViolationsInIsland(page, 'apres-la-creation (avertissement)');
        await enterRecord(page, formOf('suivi'), SUIVI);
    await validateStep(page);
    await expectStepDone(page);
    await expectNoAxeViolationsInIsland(page, 'apres-la-creation (complet)');
    expect((await storedDossier(page))?.suivi).toMatchObject(SUIVI);
  });
});

describe('step navigation badges', () => {
  it('show each step’s status as filled (« Non commencé », « En cours », « Complet », « À corriger »), on any page', async () => {
    const { page } = await visit();
    // Complete: the employer.
    await openStep(page, baseUrl, 'employeur');
    await enterRecord(page, formOf('employeur'), EMPLOYEUR);
    await page.waitForFunction(() => document.querySelector('[data-step-status="employeur"]')?.textContent === 'Complet');
    // In progress: only the name of the representative.
    await openStep(page, baseUrl, 'representant-legal');
    await typeInto(page, 'f-representant-nom', 'Lefèvre');
    await page.waitForFunction(() => document.querySelector('[data-step-status="representant-legal"]')?.textContent === 'En cours');
    // To fix: a wrong SIRET on the establishment.
    await openStep(page, baseUrl, 'etablissement');
    await typeInto(page, 'f-etablissement-siret', '732 829 320 00075');
    await page.waitForFunction(() => document.querySelector('[data-step-status="etablissement"]')?.textContent === 'À corriger');
    expect(await page.locator('.island__status .status-badge').innerText()).toBe('À corriger');
    const expected = {
      employeur: 'Complet',
      'representant-legal': 'En cours',
      etablissement: 'À corriger',
      'pieces-justificatives': 'Non commencé',
      'correspondant-employeur': 'Non commencé',
      'medecin-du-travail': 'Non commencé',
      pcr: 'Non commencé',
      travailleurs: 'Non commencé',
    };
    // The same badges on pages without an island, and on another island page.
    for (const path of ['/etapes/acces-pass/', '/etapes/signature/', '/avant-de-commencer/', '/etapes/pcr/']) {
      await page.goto(siteUrl(baseUrl, path));
      if (path === '/etapes/pcr/') await waitForIsland(page);
      expect(await stepNavStatuses(page), path).toMatchObject(expected);
    }
    expect(await page.locator('.island__status .status-badge').innerText()).toBe('Non commencé');
    // Fixing the SIRET turns « À corriger » into « En cours » (the address is still missing).
    await openStep(page, baseUrl, 'etablissement');
    await typeInto(page, 'f-etablissement-siret', '732 829 320 00074');
    await page.waitForFunction(() => document.querySelector('[data-step-status="etablissement"]')?.textContent === 'En cours');
    await page.goto(siteUrl(baseUrl, '/etapes/confirmation/'));
    expect(await stepNavStatuses(page)).toMatchObject({ ...expected, etablissement: 'En cours' });
  });
});
