/**
 * A browser that refuses storage (IndexedDB and localStorage both throw): the island says so in
 * its banner, still checks and validates in memory, and « Exporter mon dossier (fichier JSON) »
 * downloads the typed values.
 */
import { describe, expect, inject, it } from 'vitest';
import { downloadText, newPage } from './browser';
import { browser } from './shared-browser';
import { enterRecord, pressButton } from './helpers/keyboard';
import { expectNoAxeViolations, expectStepDone, openStep, validateStep } from './helpers/island';
import { EMPLOYEUR, formOf } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');

/** Makes `indexedDB.open` and every use of `localStorage` throw, as a browser with storage disabled does. */
function refuseStorage(): void {
  const refuse = () => {
    throw new DOMException('Le stockage est désactivé dans ce navigateur.', 'SecurityError');
  };
  Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => ({ open: refuse, deleteDatabase: refuse, cmp: () => 0 }) });
  Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
}

describe('storage refused by the browser', () => {
  it('shows the banner, validates in memory, and exports the dossier as a JSON file', async () => {
    const { context, page } = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(refuseStorage);
    await openStep(page, baseUrl, 'employeur');
    const notice = page.locator('.island__notice');
    await notice.waitFor({ state: 'visible' });
    const text = await notice.innerText();
    expect(text).toContain('Ce navigateur ne permet pas d’enregistrer votre dossier');
    expect(text).toMatch(/navigateur a refusé|navigateur refuse/);
    expect(await notice.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(page, 'employeur (stockage refusé)');

    await enterRecord(page, formOf('employeur'), EMPLOYEUR);
    await validateStep(page);
    await expectStepDone(page);
    expect(await page.locator('.island__status .status-badge').innerText()).toBe('Complet');
    expect(await page.locator('.save-status').innerText()).toMatch(/^Gardé dans cette page seulement/);

    const [download] = await Promise.all([page.waitForEvent('download'), pressButton(page, 'Exporter mon dossier (fichier JSON)', { toward: '.island__notice button' })]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const json = JSON.parse(await downloadText(download)) as unknown;
    const content = JSON.stringify(json);
    for (const v of [EMPLOYEUR.raisonSociale, EMPLOYEUR.siret, EMPLOYEUR.adresse, EMPLOYEUR.ville]) expect(content).toContain(v as string);
    expect(errors).toEqual([]);
    await context.close();
  });
});
