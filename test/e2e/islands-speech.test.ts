/**
 * Forms that speak once and clearly (issue 14): live regions change only when their text does,
 * field messages are tied by `aria-describedby` (not live), the error summary is GOV.UK's; a
 * step opened from the récapitulatif shows the saved error on arrival with its label in view;
 * PASS's people lists fit a 390 px phone, « Retirer » can be undone; no « (s) » anywhere.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl } from './browser';
import { reusedPage } from './helpers/reused-page';
import { typeInto } from './helpers/keyboard';
import { openStep, seedDossier, validateStep, waitForIsland, waitForSummary } from './helpers/island';
import { dossierComplet } from '../fixtures/dossier-complet';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** Starts recording, in the page, each text a live region takes (`[aria-live]`, `role=status|alert|log`). */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { spoken: string[] };
    w.spoken = [];
    const regions = [...document.querySelectorAll<HTMLElement>('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')];
    const last = new Map(regions.map((r) => [r, r.textContent ?? '']));
    for (const r of regions) {
      new MutationObserver(() => {
        const text = r.textContent ?? '';
        // A region emptied is silent; a new non-empty text is one announcement.
        if (text.trim() !== '' && text !== last.get(r)) w.spoken.push(text);
        else if (text.trim() !== '' && text === last.get(r)) w.spoken.push(`(même texte) ${text}`);
        last.set(r, text);
      }).observe(r, { childList: true, characterData: true, subtree: true });
    }
  });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

describe('speak once', () => {
  it('typing « Dupont » after « Valider l’étape » announces at most one save, never the field messages', async () => {
    const { page } = await visit();
    await openStep(page, baseUrl, 'representant-legal');
    await validateStep(page);
    // GOV.UK's summary: the focus moves to it; no role="alert" and aria-labelledby on one element.
    await page.waitForFunction(() => document.activeElement?.classList.contains('island__summary'));
    expect(await page.locator('[role="alert"][aria-labelledby]').count()).toBe(0);
    expect(await page.locator('.island__summary [role="alert"] h3').innerText()).toMatch(/^Il reste \d+ points à corriger/);
    // Field messages are not live regions; they are tied to their control.
    expect(await page.locator('.field__msg[aria-live], .field__msg [aria-live]').count()).toBe(0);
    expect(await page.getAttribute('#f-representant-nom', 'aria-describedby')).toContain('f-representant-nom-msg');
    expect(await page.locator('#f-representant-nom-msg').innerText()).toBe('Saisissez le nom de famille.');

    await recordAnnouncements(page);
    await typeInto(page, 'f-representant-nom', 'Dupont', { blur: false, backwards: false });
    await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('Enregistré dans ce navigateur'));
    expect(await page.locator('#f-representant-nom-msg').innerText()).toBe('');
    // One more change of text in a message: still nothing spoken by the field.
    await typeInto(page, 'f-representant-courriel', 'claire', { blur: true, backwards: false });
    await page.waitForFunction(() => document.getElementById('f-representant-courriel-msg')?.textContent?.includes('@'));
    const said = await spoken(page);
    expect(said.filter((s) => s.startsWith('(même texte)'))).toEqual([]);
    expect(said.length).toBeLessThanOrEqual(1);
    for (const s of said) expect(s).toMatch(/^Enregistré dans ce navigateur/);
  });
});

describe('errors on arrival', () => {
  it('a link from /recapitulatif/ opens the step with the saved error shown, aria-invalid and the label in view', async () => {
    const { page } = await visit();
    const data = dossierComplet();
    (data.employeur as Record<string, unknown>).siret = '732 829 320 00075';
    await seedDossier(page, baseUrl, data);
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    const link = page.locator('a[href$="#f-employeur-siret"]').first();
    await link.waitFor({ state: 'visible' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/etapes\/employeur\/#f-employeur-siret$/);
    await waitForIsland(page);
    await page.waitForFunction(() => document.activeElement?.id === 'f-employeur-siret');
    await page.waitForFunction(() => document.getElementById('f-employeur-siret-msg')?.textContent?.includes('clé de contrôle'));
    expect(await page.getAttribute('#f-employeur-siret', 'aria-invalid')).toBe('true');
    const label = await page.evaluate(() => {
      const r = document.querySelector('label[for="f-employeur-siret"]')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(label.top).toBeGreaterThanOrEqual(0);
    expect(label.bottom).toBeLessThanOrEqual(label.height);
    // Without a link, a step « À corriger » shows its saved errors too.
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    await page.waitForFunction(() => document.getElementById('f-employeur-siret-msg')?.textContent?.includes('clé de contrôle'));
    expect(await page.getAttribute('#f-employeur-siret', 'aria-invalid')).toBe('true');
    // …and never a message for a blank field the user has not reached.
    expect(await page.locator('#f-employeur-cedex-msg').innerText()).toBe('');
  });
});

describe('people lists on a phone (390 px)', () => {
  it('each person is a card whose « Modifier » and « Retirer » are inside the screen; « Retirer » can be undone', async () => {
    const { page } = await visit({ viewport: { width: 390, height: 844 } });
    await seedDossier(page, baseUrl, dossierComplet());
    await openStep(page, baseUrl, 'pcr');
    await page.locator('#pcr-liste').scrollIntoViewIfNeeded();
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.island__table tbody tr:not([style*="none"]) button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { text: b.textContent, left: r.left, right: r.right };
      }),
    );
    expect(boxes.length).toBe(8);
    for (const b of boxes) {
      expect(b.left, b.text ?? '').toBeGreaterThanOrEqual(0);
      expect(b.right, b.text ?? '').toBeLessThanOrEqual(390);
    }
    // The table is no wider than its box.
    expect(await page.evaluate(() => document.querySelector('.island__tablewrap')!.scrollWidth <= document.querySelector('.island__tablewrap')!.clientWidth)).toBe(true);
    await page.screenshot({ path: '/tmp/shots-forms/pcr-390.png', fullPage: false });
    // « Annuler la modification »: the focus goes to the entry form's heading, not the page's body.
    await page.getByRole('button', { name: 'Modifier Élodie LEFÈVRE' }).click();
    await page.waitForFunction(() => (document.getElementById('f-pcr-nom') as HTMLInputElement).value === 'LEFÈVRE');
    await page.getByRole('button', { name: 'Annuler la modification' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'pcr-entry-legend');
    await page.getByRole('button', { name: 'Retirer Élodie LEFÈVRE de la liste' }).click();
    await page.waitForFunction(() => document.getElementById('annonces')?.textContent === 'Élodie LEFÈVRE retirée de la liste.');
    await page.waitForFunction(() => document.activeElement?.id === 'pcr-entree-0-modifier');
    const undo = page.getByRole('button', { name: 'Annuler le retrait de Élodie LEFÈVRE' });
    expect(await undo.isVisible()).toBe(true);
    const box = (await undo.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/shots-forms/pcr-390-undo.png', fullPage: false });
    await undo.click();
    await page.waitForFunction(() => document.activeElement?.id === 'pcr-entree-0-modifier');
    expect(await page.locator('#pcr-entree-0-modifier').getAttribute('aria-label')).toBe('Modifier Élodie LEFÈVRE');
    // Removing the last row: the focus goes to the list's heading.
    await page.getByRole('button', { name: 'Retirer Jérôme N’GUYEN-DUPRÉ de la liste' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'pcr-liste');
    // On a desktop the list sits in the form column beside the mock-up and fits its box: cards
    // while that column is narrower than 40 rem (a container query), else the table, « Actions »
    // column included.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => document.querySelector('.island__tablewrap')!.clientWidth > 500);
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector('.island__tablewrap')!;
      const box = wrap.getBoundingClientRect();
      const buttons = [...wrap.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      return { scrolls: wrap.scrollWidth > wrap.clientWidth, outside: buttons.filter((r) => r.right > box.right + 0.5).length };
    });
    expect(fit).toEqual({ scrolls: false, outside: 0 });
  });
});

describe('wording', () => {
  it('no « (s) » nor « (e) » on the island pages and the récapitulatif, empty, in error and complete', async () => {
    let { page } = await visit();
    const slugs = ['employeur', 'representant-legal', 'correspondant-employeur', 'pcr', 'travailleurs'];
    const check = async (where: string) => expect(await page.locator('body').innerText(), where).not.toMatch(/\((s|e|es|x)\)/);
    for (const slug of slugs) {
      await openStep(page, baseUrl, slug);
      await check(`${slug} (vide)`);
      await validateStep(page);
      await page.waitForSelector('.island__summary a', { state: 'visible' });
      await check(`${slug} (erreurs)`);
    }
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page);
    await check('récapitulatif (vide)');
    ({ page } = await visit());
    await seedDossier(page, baseUrl, dossierComplet());
    for (const slug of slugs) {
      await openStep(page, baseUrl, slug);
      await check(`${slug} (complet)`);
    }
    await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(page, /prêt pour PASS/);
    await check('récapitulatif (complet)');
  });
});

describe('400 % zoom (320 px wide)', () => {
  it('nested « Externe » fields keep the full width; PASS’s pop-up opens scrolled to its question', async () => {
    const { page } = await visit({ viewport: { width: 320, height: 256 } });
    await openStep(page, baseUrl, 'medecin-du-travail');
    await page.locator('#f-mdt-externe').check();
    await page.locator('#f-mdt-siret').waitFor({ state: 'visible' });
    const widths = await page.evaluate(() => ({
      siret: document.getElementById('f-mdt-siret')!.getBoundingClientRect().width,
      // « N° habilitation SISERI » is in a block at the same level as « MDT Externe », without nesting.
      nom: document.getElementById('f-mdt-habilitation')!.getBoundingClientRect().width,
    }));
    expect(widths.siret).toBeGreaterThanOrEqual(widths.nom - 1);
    // Phone keyboards follow the rule: a postal code abroad takes letters; RPPS/Adeli too; Télécopie is a fax.
    expect(await page.getAttribute('#f-mdt-code-postal', 'inputmode')).toBe('numeric');
    await page.locator('#f-mdt-etranger').check();
    await page.waitForFunction(() => document.getElementById('f-mdt-code-postal')?.getAttribute('inputmode') === 'text');
    await page.locator('#f-mdt-etranger').uncheck();
    expect(await page.getAttribute('#f-mdt-rpps', 'inputmode')).toBe('text');
    expect(await page.getAttribute('#f-mdt-telecopie', 'autocomplete')).toMatch(/ fax tel$/);
    await page.locator('#f-mdt-externe').uncheck();
    await page.locator('.island__actions--step button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#dialogue-sans-medecin');
    await dialog.waitFor({ state: 'visible' });
    const view = await page.evaluate(() => {
      const d = document.getElementById('dialogue-sans-medecin')!;
      const lead = d.querySelector('p')!.getBoundingClientRect();
      return { scrollTop: d.scrollTop, leadTop: lead.top, height: innerHeight };
    });
    expect(view.scrollTop).toBe(0);
    expect(view.leadTop).toBeGreaterThanOrEqual(0);
    expect(view.leadTop).toBeLessThan(view.height);
    await page.keyboard.press('Escape');
  });
});
