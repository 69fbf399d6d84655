/**
 * Step pages, v2 (issue 12), in Chromium: on every form step the first field is reached without
 * scrolling past the guide (its top within the first viewport at 1280×800, within two at
 * 390×844); each field carries its own help; at ≥ 1200 px the PASS mock-up stands beside the
 * form and highlights the element of the focused field, scrolled into view inside its column;
 * below, it is a closed disclosure « Voir l'écran de PASS » that says first it is a
 * non-interactive reproduction.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FORM_SCREENS, stepPath } from '../../src/model';
import { siteUrl } from './browser';
import { waitForIsland } from './helpers/island';
import { reusedPage } from './helpers/reused-page';

const baseUrl = inject('baseUrl');
const visit = reusedPage();

/** Top of the first form field of the page, in page coordinates. */
function firstFieldTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const control = document.querySelector('.island .fieldframe :is(input:not([type=hidden]), select)');
    const field = control?.closest('.field');
    return field ? field.getBoundingClientRect().top + window.scrollY : Number.POSITIVE_INFINITY;
  });
}

describe('the form comes first', () => {
  it.each([
    [1280, 800, 1],
    [390, 844, 2],
  ])('at %i×%i the first field’s top is within %i viewport(s) on every form step', async (width, height, screens) => {
    const { page } = await visit({ viewport: { width, height } });
    const problems: string[] = [];
    for (const s of FORM_SCREENS) {
      await page.goto(siteUrl(baseUrl, stepPath(s)));
      await waitForIsland(page);
      const top = await firstFieldTop(page);
      if (!(top < height * screens)) problems.push(`${stepPath(s)} : premier champ à ${Math.round(top)} px (limite ${height * screens})`);
      // The instruction, the form, then the mock-up, then the prose.
      const order = await page.evaluate(() => {
        const at = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? NaN;
        return [at('.step__quote'), at('.island'), at('.prose')];
      });
      if (!(order[0]! < order[1]! && order[1]! < order[2]!)) problems.push(`${stepPath(s)} : ordre ${order.join(' / ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('each field carries its help', () => {
  it('a closed « Où le trouver ? » / « En savoir plus » under the field, with where PASS shows it', async () => {
    const { page } = await visit({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    const frame = page.locator('#champ-employeur-siret');
    const help = frame.locator('details.fieldhelp');
    expect(await help.getAttribute('open')).toBeNull();
    expect(await help.locator('summary').innerText()).toMatch(/^(Où le trouver \?|En savoir plus)/);
    // The summary's accessible name names the field; the body is hidden until opened.
    expect(await help.locator('summary').textContent()).toContain('« Numéro SIRET »');
    expect(await help.locator('.fieldhelp__where').isVisible()).toBe(false);
    await help.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => help.locator('.fieldhelp__where').isVisible()).toBe(true);
    expect(await help.locator('.fieldhelp__where').innerText()).toContain('« Employeur (établissement siège ou principal) ou Organisme agréé »');
    expect(await help.innerText()).toContain('14 chiffres');
    // The field and its help are one block under one anchor.
    expect(await frame.locator('#f-employeur-siret').count()).toBe(1);
  });
});

describe('the PASS mock-up beside the form', () => {
  it('at 1280 px stands open in a sticky column and highlights the focused field’s element', async () => {
    const { page } = await visit({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await waitForIsland(page);
    const details = page.locator('details[data-mock-details]');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator('summary').isVisible()).toBe(false);
    expect(await page.locator('.step__mockcol').evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    // Beside the form: the mock-up's column starts right of the form's.
    const [form, mock] = await Promise.all([page.locator('.island').boundingBox(), page.locator('figure.mock').boundingBox()]);
    expect(mock!.x).toBeGreaterThan(form!.x + form!.width - 1);

    for (const id of ['employeur-siret', 'employeur-telecopie', 'employeur-raison-sociale']) {
      await page.locator(`#f-${id}`).focus();
      const el = page.locator(`[data-mock-field="${id}"]`);
      await expect.poll(() => el.evaluate((e) => e.classList.contains('is-current'))).toBe(true);
      expect(await page.locator('.mock__field.is-current').count()).toBe(1);
      // Visible inside the mock-up's scrolling column and inside the window.
      const inView = await el.evaluate((e) => {
        const box = e.getBoundingClientRect();
        const col = e.closest('[data-mock-scroll]')!.getBoundingClientRect();
        return box.top >= col.top - 1 && box.bottom <= col.bottom + 1 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(inView, id).toBe(true);
    }
  });

  it('at 390 px is a closed disclosure « Voir l’écran de PASS » labelled as a non-interactive reproduction first', async () => {
    const { page } = await visit({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl(baseUrl, '/etapes/medecin-du-travail/'));
    await waitForIsland(page);
    const details = page.locator('details[data-mock-details]');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('figure.mock').isVisible()).toBe(false);
    const summary = details.locator('summary');
    expect(await summary.innerText()).toMatch(/^Voir l’écran de PASS \(reproduction non interactive\)$/);
    await summary.click();
    await expect.poll(() => page.locator('figure.mock').isVisible()).toBe(true);
    // Inside, the caption (non-interactive reproduction) comes before the drawn screen.
    const captionFirst = await page.locator('figure.mock').evaluate((f) => f.firstElementChild?.tagName === 'FIGCAPTION' && /non interactive/.test(f.firstElementChild.textContent ?? ''));
    expect(captionFirst).toBe(true);
  });

  it('keeps the mock-up first on a step without a form', async () => {
    const { page } = await visit({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl(baseUrl, '/etapes/acces-pass/'));
    expect(await page.locator('figure.mock').isVisible()).toBe(true);
    const [mock, prose] = await Promise.all([page.locator('figure.mock').boundingBox(), page.locator('.prose').boundingBox()]);
    expect(mock!.y).toBeLessThan(prose!.y);
  });
});
