/**
 * The whole journey with the keyboard only, as a user without a mouse does it: from step 1, every
 * step in order through « Étape suivante », every island filled and validated (PASS's pop-ups
 * answered), to the récapitulatif, then « Télécharger l'Annexe 1 (PDF) » pressed with Enter. Focus
 * is visible on every control reached.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { downloadBytes, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { enterRecord, focused, pressButton, tabUntil } from './helpers/keyboard';
import { expectStepDone, validateStep, waitForIsland, waitForSummary } from './helpers/island';
import { CES, EMPLOYEUR, ETABLISSEMENT, MDT, PCR, PIECES, REPRESENTANT, SUIVI, TRAVAILLEURS, formOf, type Entry } from '../fixtures/e2e-dossier';

const baseUrl = inject('baseUrl');

/** What to type on each form step (the fixture is what a user types). */
const RECORDS: Record<string, Entry> = {
  employeur: EMPLOYEUR,
  'representant-legal': REPRESENTANT,
  etablissement: ETABLISSEMENT,
  'pieces-justificatives': PIECES,
  travailleurs: TRAVAILLEURS,
  'apres-la-creation': SUIVI,
};
const LISTS: Record<string, { key: string; entries: readonly Entry[] }> = {
  'correspondant-employeur': { key: 'ces', entries: CES },
  'medecin-du-travail': { key: 'mdt', entries: MDT },
  pcr: { key: 'pcr', entries: PCR },
};
const FORM_KEY: Record<string, string> = { 'representant-legal': 'representant', 'pieces-justificatives': 'pieces', 'apres-la-creation': 'suivi' };

/** What the page shows once an action is done: the list holds `count` entries, or the step is complete. */
type Done = { rows: [key: string, count: number] } | { stepDone: true };

/**
 * Waits until PASS's pop-up opens or `done` holds — never a fixed delay, which a loaded machine
 * outlasts — and answers the pop-up with Enter on « OK » (it has the focus).
 */
async function okIfAsked(page: Page, dialogId: string, done: Done): Promise<void> {
  const seen = await page.waitForFunction(([id, d]) => {
    if (document.querySelector(`#${id}[open]`)) return 'dialog';
    if ('stepDone' in d) return (document.querySelector('.island__done')?.textContent ?? '').startsWith('Étape complète') && 'done';
    const [key, count] = d.rows;
    return document.querySelectorAll(`#formulaire-${key} .island__table tbody tr[class=""], #formulaire-${key} .island__table tbody tr:not([class])`).length >= count && 'done';
  }, [dialogId, done] as const);
  if ((await seen.jsonValue()) !== 'dialog') return;
  expect((await focused(page)).text).toBe('OK');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#${dialogId}:not([open])`, { state: 'attached' });
}

/** The focused element draws a visible focus indicator (an outline or a box shadow). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  })()`);
}

describe('keyboard-only walkthrough', () => {
  it('fills a complete dossier from step 1 to the Annexe 1 PDF without a mouse', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    await page.goto(siteUrl(baseUrl, '/etapes/acces-pass/'));
    const visited: string[] = [];
    for (let n = 1; n <= 14; n++) {
      const slug = new URL(page.url()).pathname.split('/').filter(Boolean).pop()!;
      visited.push(slug);
      expect(await page.locator('.step__counter').innerText()).toBe(`Étape ${n} sur 14`);
      if (await page.locator('[x-data="formIsland"]').count()) {
        await waitForIsland(page);
        const list = LISTS[slug];
        if (list) {
          for (const entry of list.entries) {
            await enterRecord(page, formOf(list.key), entry);
            await pressButton(page, 'Ajouter', { toward: `#entree-${list.key} .island__actions .btn` });
            const rows: Done = { rows: [slug, list.entries.indexOf(entry) + 1] };
            await okIfAsked(page, 'dialogue-habilitation-vide', rows);
            await okIfAsked(page, 'dialogue-habilitation-vide', rows); // after « OK »: the entry is in the list
          }
        } else {
          await enterRecord(page, formOf(FORM_KEY[slug] ?? slug), RECORDS[slug]!);
        }
        await validateStep(page);
        await okIfAsked(page, 'dialogue-habilitation-vide', { stepDone: true });
        await expectStepDone(page);
        expect(await focusVisible(page)).toBe(true);
      }
      // « Étape suivante » (the last step's link leads to the récapitulatif)
      await tabUntil(page, (f) => f.tag === 'a' && /Étape suivante|Et ensuite/.test(f.text), { what: 'le lien « Étape suivante »', toward: 'a[rel="next"]' });
      expect(await focusVisible(page)).toBe(true);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    }
    expect(visited).toHaveLength(14);
    expect(new URL(page.url()).pathname).toMatch(/\/recapitulatif\/$/);
    await waitForSummary(page, /prêt pour PASS/);

    await tabUntil(page, (f) => f.id === 'telecharger-pdf', { what: 'le bouton du PDF', toward: '#telecharger-pdf' });
    expect(await focusVisible(page)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const pdf = await PDFDocument.load(await downloadBytes(download));
    const field = (name: string) => (pdf.getForm().getField(name) as PDFTextField).getText();
    // The PDF gives the SIRET in its PASS form: 14 digits, without the spaces typed.
    expect(field('employeur-siret')).toBe(String(EMPLOYEUR.siret).replace(/\s/g, ''));
    expect(field('employeur-raison-sociale')).toBe(String(EMPLOYEUR.raisonSociale));
    expect(field('pcr-1-nom')).toBe(String(PCR[0]!.nom));
    await context.close();
  }, 600_000);
});
