/**
 * Deep links, in Chromium: the `/liens/` page lists the full address of every step and every
 * field with a copy button that works from the keyboard; a field link opens its step on that
 * field, focused and highlighted; every heading of the guide's prose and every field of the model
 * has a stable anchor with its own « Copier le lien » button.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ALL_FIELDS, SCREENS, fieldAnchor, stepPath } from '../../src/model';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { axeViolations } from './axe';
import { announced } from './helpers/island';

const baseUrl = inject('baseUrl');
/** Origin + base path of the served site, e.g. `http://127.0.0.1:4567/`. */
const SITE = siteUrl(baseUrl, '/');
const ORIGIN = new URL(SITE).origin;

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await newPage(browser));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});
afterAll(async () => {
  await context?.close();
});

/** Empties the clipboard and the live region, so each copy is checked on its own. */
async function resetClipboard(): Promise<void> {
  await page.evaluate(async () => {
    await navigator.clipboard.writeText('');
    const region = document.getElementById('annonces');
    if (region) region.textContent = '';
  });
}

/** Focuses `button`, presses Enter, and returns the clipboard text once it changed. */
async function copyWithKeyboard(button: ReturnType<Page['locator']>): Promise<string> {
  await resetClipboard();
  await button.focus();
  expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  // Polled from Node: `waitForFunction` takes a promise for a truthy value and would not wait.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 90_000, interval: 100 }).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}


/** The well-known field anchors: a public contract (support staff have sent these links). */
const CONTRACT = ['champ-employeur-siret', 'champ-representant-telephone-portable', 'champ-mdt-rpps'];

describe('/liens/', () => {
  it('lists every step and every field with its full address and a copy button', async () => {
    await page.goto(siteUrl(baseUrl, '/liens/'));
    const rows = await page.locator('.links__row').evaluateAll((rs) =>
      rs.map((r) => {
        const a = r.querySelector<HTMLAnchorElement>('a[data-full-link]');
        const b = r.querySelector<HTMLButtonElement>('button[data-copy-href]');
        return { text: a?.textContent ?? '', href: a?.href ?? '', copy: b ? new URL(b.dataset.copyHref!, location.href).href : '', name: b?.getAttribute('aria-label') ?? '', label: b?.textContent ?? '' };
      }),
    );
    const expected = [...SCREENS.map((s) => `${SITE.replace(/\/$/, '')}${stepPath(s)}`), ...ALL_FIELDS.map((f) => `${SITE.replace(/\/$/, '')}${stepPath(f.screen)}#${fieldAnchor(f.id)}`)];
    expect(rows.length).toBe(expected.length);
    expect(new Set(rows.map((r) => r.href))).toEqual(new Set(expected));
    for (const r of rows) {
      expect(r.text, 'le lien affiche l’adresse complète (origine et base)').toBe(r.href);
      expect(r.text.startsWith(SITE)).toBe(true);
      expect(r.copy).toBe(r.href);
      expect(r.label).toBe('Copier le lien');
      expect(r.name).toMatch(/^Copier le lien vers « .+ »$/);
    }
    for (const id of CONTRACT) expect(rows.some((r) => r.href.endsWith(`#${id}`)), id).toBe(true);
  });

  it('copies a field link with the keyboard and announces « Lien copié »', async () => {
    await page.goto(siteUrl(baseUrl, '/liens/'));
    const row = page.locator('.links__row', { has: page.locator('a[href$="#champ-employeur-siret"]') });
    const text = await copyWithKeyboard(row.locator('button'));
    expect(text).toBe(`${SITE}etapes/employeur/#champ-employeur-siret`);
    await announced(page, 'Lien copié');
    // A step link too.
    const step = page.locator('#lien-medecin-du-travail > .links__row button');
    expect(await copyWithKeyboard(step)).toBe(`${SITE}etapes/medecin-du-travail/`);
    await announced(page, 'Lien copié');
  });

  it('passes axe', async () => {
    await page.goto(siteUrl(baseUrl, '/liens/'));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('opening a field link', () => {
  it.each(CONTRACT.map((id) => [id]))('#%s opens its step with the field focused, highlighted and in view', async (id) => {
    const field = ALL_FIELDS.find((f) => fieldAnchor(f.id) === id)!;
    expect(field, `${id} : champ inconnu du modèle`).toBeDefined();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`${siteUrl(baseUrl, stepPath(field.screen))}#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await page.waitForFunction((i) => document.getElementById(i)?.classList.contains('is-target'), id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    const box = await target.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(700);
    expect(await target.innerText()).toContain(field.field.label);
  });

  it('highlights the new target when the hash changes on the page', async () => {
    await page.goto(`${siteUrl(baseUrl, '/etapes/employeur/')}#champ-employeur-siret`);
    await page.evaluate(() => (location.hash = '#champ-employeur-ville'));
    await page.waitForFunction(() => document.getElementById('champ-employeur-ville')?.classList.contains('is-target'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-employeur-ville');
  });
});

describe('anchors of the step pages', () => {
  it('has a #champ-<id> anchor for every field of the model, on its step, with a copy button', async () => {
    const problems: string[] = [];
    for (const s of SCREENS.filter((x) => x.form)) {
      await page.goto(siteUrl(baseUrl, stepPath(s)));
      const found = await page.locator('[id^="champ-"]').evaluateAll((els) => els.map((e) => ({ id: e.id, copy: e.querySelector<HTMLElement>('[data-copy-link]')?.dataset.copyLink ?? '' })));
      const ids = found.map((f) => f.id);
      for (const f of ALL_FIELDS.filter((x) => x.screen === s)) {
        const id = fieldAnchor(f.id);
        const n = ids.filter((i) => i === id).length;
        if (n !== 1) problems.push(`${stepPath(s)}#${id} : ${n} élément(s)`);
        else if (found.find((x) => x.id === id)!.copy !== id) problems.push(`${stepPath(s)}#${id} : pas de bouton « Copier le lien »`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every heading of the steps’ prose a stable id and a link icon named « Copier le lien vers « … » »', async () => {
    const problems: string[] = [];
    let headings = 0;
    for (const s of SCREENS) {
      await page.goto(siteUrl(baseUrl, stepPath(s)));
      // The ids are written in the MDX (not generated from the text), so they survive rewording.
      const staticIds = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.prose :is(h2,h3,h4)')].map((h) => h.id);
      });
      // The link icons are added when the browser is idle: wait for them.
      if (staticIds.length) await page.waitForSelector('.copylink--heading', { state: 'attached' });
      const hs = await page.locator('.prose :is(h2,h3,h4)').evaluateAll((els) =>
        els.map((h) => ({ id: h.id, text: h.textContent ?? '', copy: h.nextElementSibling?.querySelector<HTMLElement>('[data-copy-link]')?.dataset.copyLink ?? '', label: h.nextElementSibling?.querySelector('button')?.getAttribute('aria-label') ?? '' })),
      );
      headings += hs.length;
      const ids = hs.map((h) => h.id);
      for (const [i, h] of hs.entries()) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(h.id)) problems.push(`${stepPath(s)} « ${h.text} » : id « ${h.id} »`);
        else if (ids.indexOf(h.id) !== i) problems.push(`${stepPath(s)} #${h.id} : id en double`);
        if (staticIds[i] !== h.id) problems.push(`${stepPath(s)} « ${h.text} » : id absent du HTML`);
        if (h.copy !== h.id || h.label.replace(/\s/g, ' ') !== `Copier le lien vers « ${h.text.trim().replace(/\s/g, ' ')} »`) problems.push(`${stepPath(s)} #${h.id} : pas de bouton « Copier le lien »`);
      }
    }
    expect(headings).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('copies a heading link and a field link from a step page with the keyboard', async () => {
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    const heading = page.locator('.prose h2#pieges + .copylink button');
    expect(await copyWithKeyboard(heading)).toBe(`${SITE}etapes/employeur/#pieges`);
    await announced(page, 'Lien copié');
    const field = page.locator('#champ-employeur-siret .copylink__btn');
    expect(await copyWithKeyboard(field)).toBe(`${SITE}etapes/employeur/#champ-employeur-siret`);
    await announced(page, 'Lien copié');
  });
});
