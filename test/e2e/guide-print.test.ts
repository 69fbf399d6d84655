/**
 * Printing a page of the guide (print media emulated in Chromium): the content and the mock-up
 * of the PASS screen are printed; the header, the step navigation, the pager, the copy buttons,
 * the form island and the other widgets are not; external links spell out their address.
 */
import { createRequire } from 'node:module';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { seedDossier, waitForIsland, waitForSummary } from './helpers/island';
import { e2eDossierData, EMPLOYEUR, REPRESENTANT } from '../fixtures/e2e-dossier';

const require = createRequire(import.meta.url);
GlobalWorkerOptions.workerSrc = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');

/** The text of each page of a PDF, as pdf.js extracts it, white space normalised. */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/gu, ' ').trim());
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await newPage(browser));
  await page.emulateMedia({ media: 'print' });
});
afterAll(async () => {
  await context?.close();
});

/** What must not be printed (each selector must match at least once on the page). */
const HIDDEN = ['.skip-link', '.site-header', '.site-search', '.stepnav', '.copylink', '#annonces'];
/** Also hidden on a form step: the pager and the form's widgets (its values are printed). */
const HIDDEN_ON_STEP = ['.pager', '.island button', '.island__intro', '.fieldframe__help'];

/** For each selector: how many elements, and which of them are still rendered. */
async function rendered(selectors: string[]): Promise<Record<string, { count: number; visible: number }>> {
  return page.evaluate((sels) => {
    const out: Record<string, { count: number; visible: number }> = {};
    for (const sel of sels) {
      const els = [...document.querySelectorAll<HTMLElement>(sel)];
      out[sel] = { count: els.length, visible: els.filter((e) => e.checkVisibility()).length };
    }
    return out;
  }, selectors);
}

/** External links of the content whose printed `::after` does not spell out their address. */
async function externalLinksWithoutAddress(): Promise<{ total: number; wrong: string[] }> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"], .site-footer a[href^="http"]')].filter((a) => a.checkVisibility());
    const wrong = links.filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!)).map((a) => a.getAttribute('href')!);
    return { total: links.length, wrong };
  });
}

describe('print', () => {
  it.each([['/etapes/employeur/'], ['/etapes/pieces-justificatives/']])('prints %s without navigation or widgets, with the mock-up and link addresses', async (path) => {
    await page.goto(siteUrl(baseUrl, path));
    // The heading copy buttons are added by script: wait for them so they are checked too.
    await page.waitForSelector('.copylink--heading', { state: 'attached' });
    const r = await rendered([...HIDDEN, ...HIDDEN_ON_STEP, 'figure.mock', '.mock__el--hl', '.prose', '.island', 'h1']);
    for (const sel of [...HIDDEN, ...HIDDEN_ON_STEP]) {
      expect(r[sel]?.count, `${sel} absent de ${path}`).toBeGreaterThan(0);
      expect(r[sel]?.visible, `${sel} imprimé`).toBe(0);
    }
    for (const sel of ['figure.mock', '.mock__el--hl', '.prose', '.island', 'h1']) expect(r[sel]?.visible, `${sel} non imprimé`).toBeGreaterThan(0);
    const links = await externalLinksWithoutAddress();
    expect(links.total).toBeGreaterThan(0);
    expect(links.wrong).toEqual([]);
  });

  it('prints /avant-de-commencer/ as a checklist, without navigation, with link addresses', async () => {
    await page.goto(siteUrl(baseUrl, '/avant-de-commencer/'));
    const r = await rendered([...HIDDEN, '.prose li', '.prose input[type="checkbox"]']);
    for (const sel of HIDDEN) {
      if (sel === '.copylink') continue; // checked below: added by script to each heading
      expect(r[sel]?.count, `${sel} absent`).toBeGreaterThan(0);
      expect(r[sel]?.visible, `${sel} imprimé`).toBe(0);
    }
    await page.waitForSelector('.copylink--heading', { state: 'attached' });
    expect((await rendered(['.copylink']))['.copylink']?.visible).toBe(0);
    expect(r['.prose li']?.visible).toBeGreaterThan(10);
    // Real check boxes (kept with the dossier, test/e2e/checklist.test.ts), printed.
    expect(r['.prose input[type="checkbox"]']?.visible).toBe(12);
    const links = await externalLinksWithoutAddress();
    expect(links.total).toBeGreaterThan(0);
    expect(links.wrong).toEqual([]);
  });

  it('prints a PDF of a step with the mock-up, the content and link addresses, and no widget (Chromium print engine)', async () => {
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await page.waitForSelector('.copylink--heading', { state: 'attached' });
    const text = (await pdfText(await page.pdf({ format: 'A4' }))).join(' ');
    expect(text).toContain("Identifier l'employeur");
    expect(text).toMatch(/Suivant\s*▲?\s*à utiliser/); // the mock-up, its highlighted button and the legend outside it
    expect(text).toContain('Numéro SIRET');
    expect(text).toMatch(/Annuaire des Entreprises \(data\.gouv\.fr\) ?\(https:\/\/annuaire-entreprises\.data\.gouv\.fr\/\)/);
    for (const widget of ['Copier le lien', 'Étape suivante', 'Les 14 étapes', 'Aller au contenu', 'Valider l’étape']) expect(text).not.toContain(widget);
    // Links inside the guide are named by their text, without a path that paper cannot follow.
    expect(text).not.toContain('(/etapes/');
  });

  it.each([
    ['/etapes/employeur/', [EMPLOYEUR.raisonSociale, EMPLOYEUR.siret, EMPLOYEUR.ville]],
    ['/etapes/representant-legal/', [REPRESENTANT.nom, REPRESENTANT.courriel]],
  ] as const)('prints %s with the instruction and the user’s values on page 1, then the mock-up', async (path, values) => {
    const { context, page: p } = await newPage(browser);
    await seedDossier(p, baseUrl, e2eDossierData());
    await p.goto(siteUrl(baseUrl, path));
    await waitForIsland(p);
    await p.emulateMedia({ media: 'print' });
    const pages = await pdfText(await p.pdf({ format: 'A4' }));
    const first = pages[0]!;
    expect(first).toContain('Consigne de PASS');
    for (const v of values) expect(first, `« ${v} » en page 1`).toContain(String(v));
    const all = pages.join(' ');
    // The mock-up (its caption says it is a reproduction), after the values.
    expect(all).toContain('rien ne s’y passe si vous cliquez');
    expect(all.indexOf(String(values[0]))).toBeLessThan(all.indexOf('rien ne s’y passe si vous cliquez'));
    for (const widget of ['Valider l’étape', 'Copier le lien', 'Où le trouver', 'En savoir plus', 'Ouvrir à côté de PASS']) expect(all).not.toContain(widget);
    await context.close();
  });

  it('prints the récapitulatif as a checklist of the values, without buttons', async () => {
    const { context, page: p } = await newPage(browser);
    await seedDossier(p, baseUrl, e2eDossierData());
    await p.goto(siteUrl(baseUrl, '/recapitulatif/'));
    await waitForSummary(p);
    await p.emulateMedia({ media: 'print' });
    const visibleButtons = await p.evaluate(() => [...document.querySelectorAll('main button, main select, main input')].filter((b) => (b as HTMLElement).checkVisibility()).map((b) => b.textContent?.trim() || b.id));
    expect(visibleButtons).toEqual([]);
    const text = (await pdfText(await p.pdf({ format: 'A4' }))).join(' ');
    expect(text).toContain(EMPLOYEUR.raisonSociale);
    expect(text).toMatch(/☐ ?Numéro SIRET/);
    for (const widget of ['Télécharger l’Annexe 1 (PDF)', 'Exporter le dossier ouvert', 'Renommer', 'Ouvrir à côté de PASS']) expect(text).not.toContain(widget);
    await context.close();
  });
});
