/**
 * The récapitulatif in Chromium: a full dossier imported → every value shown, « Dossier prêt
 * pour PASS », the Annexe 1 downloaded and re-read (fields and text, accents intact); an empty
 * dossier gives a PDF marked incomplete; pdf-lib is not in the page's first load; export →
 * erase → import restores the data; several dossiers stay apart; bad import files change nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadBytes, downloadText, newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { reusedPage } from './helpers/reused-page';
import { dossierComplet } from '../fixtures/dossier-complet';
import type { DossierData } from '../../src/lib/dossier';
import { waitForSummary } from './helpers/island';

const baseUrl = inject('baseUrl');
const visit = reusedPage({ acceptDownloads: true });

/** An export file of this guide holding `data` (format written out here: a public contract). */
function exportFile(data: DossierData, name = 'Cabinet dentaire Élodie Lefèvre'): string {
  return JSON.stringify({ format: 'guide-siseri', version: 2, exportedAt: '2026-11-28T10:00:00.000Z', dossiers: [{ name, named: true, data }] });
}

/** Opens the summary page and waits until the island has loaded the dossier. */
async function openSummary(page: Page): Promise<void> {
  await page.goto(siteUrl(baseUrl, '/recapitulatif/'));
  await waitForSummary(page);
}

/** Imports `text` through the summary's file input, as new dossiers. */
async function importAsNew(page: Page, text: string): Promise<void> {
  await page.setInputFiles('#importer-fichier', { name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Ajouter aux dossiers de ce navigateur' }).click();
  await page.waitForFunction(() => /importé/.test(document.querySelector('.recap__import')?.textContent ?? ''));
}

/** Every key and value of the site's IndexedDB store, as one string (for byte comparisons). */
async function storeSnapshot(page: Page): Promise<string> {
  return page.evaluate(`new Promise((ok, ko) => {
    const req = indexedDB.open('guide-siseri');
    req.onerror = () => ko(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('dossiers')) { db.close(); return ok('(vide)'); }
      const tx = db.transaction('dossiers', 'readonly');
      const store = tx.objectStore('dossiers');
      const keys = store.getAllKeys();
      const values = store.getAll();
      tx.oncomplete = () => { db.close(); ok(JSON.stringify([keys.result, values.result])); };
    };
  })`);
}

/** Downloads the Annexe 1 and returns its bytes. */
async function downloadPdf(page: Page): Promise<{ bytes: Uint8Array; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger-pdf')]);
  return { bytes: await downloadBytes(download), name: download.suggestedFilename() };
}

/** Visible text of a PDF, white space normalised (pdfjs legacy build in Node). */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

describe('récapitulatif', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage(browser, { acceptDownloads: true }));
    await openSummary(page);
    await importAsNew(page, exportFile(dossierComplet()));
  });
  afterAll(async () => {
    await context.close();
  });

  it('shows the whole dossier by step and says it is ready for PASS', async () => {
    await waitForSummary(page, /prêt pour PASS/);
    const text = await page.locator('.recap').innerText();
    for (const v of ['Cabinet dentaire Élodie Lefèvre', '73282932000074', 'N’GUYEN-DUPRÉ', 'BŒUF', 'Soins dentaires', 'Saint-Étienne']) expect(text).toContain(v);
    expect(await page.locator('.recap__step').count()).toBe(9);
    // every step complete, « Après la création » too (the fixture notes the réclamation number)
    expect(await page.locator('.recap__step .status-badge[data-status="complet"]').count()).toBe(9);
    expect(await page.locator('header [data-dossier-name-text]').innerText()).toBe('Cabinet dentaire Élodie Lefèvre');
  });

  it('downloads an Annexe 1 whose fields and text hold every value, accents intact', async () => {
    const { bytes, name } = await downloadPdf(page);
    expect(name).toMatch(/^annexe1-siseri-cabinet-dentaire-elodie-lefevre-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await PDFDocument.load(bytes);
    const fields = Object.fromEntries(pdf.getForm().getFields().filter((f) => f instanceof PDFTextField).map((f) => [f.getName(), (f as PDFTextField).getText() ?? '']));
    expect(fields['employeur-raison-sociale']).toBe('Cabinet dentaire Élodie Lefèvre');
    expect(fields['employeur-siret']).toBe('73282932000074');
    expect(fields['pcr-2-nom']).toBe('N’GUYEN-DUPRÉ');
    expect(fields['mdt-1-nom']).toBe('BŒUF');
    const pages = await pdfText(bytes);
    const all = pages.join(' ');
    for (const v of ['Cabinet dentaire Élodie Lefèvre', 'N’GUYEN-DUPRÉ', 'BŒUF', 'Saint-Étienne', 'Soins dentaires']) expect(all).toContain(v);
    expect(all).not.toContain('Dossier incomplet');
    // Issue 16: the ticked identity card is listed, empty optional rows are not, and the closing
    // box has empty fields for the numbers PASS gives at the signature.
    expect(all).toContain("Copie de la carte nationale d'identité du représentant légal de l'employeur");
    for (const absent of ['employeur-cedex', 'employeur-etranger', 'representant-habilitation']) expect(fields[absent], absent).toBeUndefined();
    expect(all).toContain('À compléter après la signature');
    expect(fields['suivi-numero-protocole']).toBe('');
    expect(fields['suivi-nom-cle']).toBe('');
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} sur ${pages.length}`));
    expect(await page.locator('.recap__pdfmsg').innerText()).toContain('PDF prêt');
  });

  it('keeps two dossiers apart', async () => {
    await page.fill('#dossier-nouveau', 'Deuxième cabinet');
    await page.getByRole('button', { name: 'Créer un nouveau dossier' }).click();
    await waitForSummary(page, /incomplet/);
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    await page.waitForFunction(() => document.querySelector('.save-status') !== null);
    await page.fill('#f-employeur-raison-sociale', 'Clinique vétérinaire des Alpes');
    await page.locator('#f-employeur-raison-sociale').blur();
    await page.waitForFunction(() => /Enregistré/.test(document.querySelector('.save-status')?.textContent ?? ''));
    await openSummary(page);
    await page.waitForFunction(() => document.querySelectorAll('#dossier-courant option').length >= 2);
    const options = await page.locator('#dossier-courant option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['Cabinet dentaire Élodie Lefèvre', 'Deuxième cabinet']));
    const first = await page.locator('#dossier-courant option', { hasText: 'Cabinet dentaire' }).getAttribute('value');
    await page.selectOption('#dossier-courant', first!);
    await waitForSummary(page, /prêt pour PASS/);
    const text = await page.locator('.recap').innerText();
    expect(text).toContain('Cabinet dentaire Élodie Lefèvre');
    expect(text).not.toContain('Clinique vétérinaire des Alpes');
  });
});

describe('dossier manager', () => {
  it('renames, duplicates and deletes (after confirmation) the open dossier', async () => {
    const { page } = await visit();
    await openSummary(page);
    await importAsNew(page, exportFile(dossierComplet()));
    const names = async () => {
      await page.waitForFunction(() => document.querySelectorAll('#dossier-courant option').length > 0);
      return page.locator('#dossier-courant option').allInnerTexts();
    };
    await page.fill('#dossier-renommer', 'Cabinet Lefèvre — Lyon 2e');
    await page.getByRole('button', { name: 'Renommer' }).click();
    await page.waitForFunction(() => /renommé/.test(document.querySelector('.recap__dossiers [role="status"]')?.textContent ?? ''));
    expect(await names()).toContain('Cabinet Lefèvre — Lyon 2e');
    expect(await page.locator('header [data-dossier-name-text]').innerText()).toBe('Cabinet Lefèvre — Lyon 2e');

    await page.getByRole('button', { name: 'Dupliquer le dossier ouvert' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#dossier-courant option').length === 3);
    expect((await names()).filter((n) => n.startsWith('Cabinet Lefèvre — Lyon 2e'))).toHaveLength(2);

    // « Annuler » keeps it; « OK » deletes it
    await page.getByRole('button', { name: 'Supprimer le dossier ouvert' }).click();
    await page.click('#confirmer-supprimer button[value="annuler"]');
    expect(await names()).toHaveLength(3);
    await page.getByRole('button', { name: 'Supprimer le dossier ouvert' }).click();
    await page.click('#confirmer-supprimer button[value="ok"]');
    await page.waitForFunction(() => document.querySelectorAll('#dossier-courant option').length === 2);
    expect(await names()).not.toContain('Cabinet Lefèvre — Lyon 2e');
  });
});

describe('récapitulatif with an empty dossier', () => {
  it('gives a PDF marked « Dossier incomplet » on every page, and loads pdf-lib only on click', async () => {
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    const scripts: { url: string; body: string }[] = [];
    const reading: Promise<void>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') reading.push(r.text().then((body) => void scripts.push({ url: r.url(), body }), () => undefined));
    });
    await openSummary(page);
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    const firstLoad = [...scripts];
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((s) => /PDFDocument|fontkit/i.test(s.body)).map((s) => s.url)).toEqual([]);
    const { bytes } = await downloadPdf(page);
    await Promise.all(reading); // every script body read, the PDF code's included
    expect(scripts.some((s) => /PDFDocument/.test(s.body))).toBe(true);
    const pages = await pdfText(bytes);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p).toContain('Dossier incomplet');
    await context.close();
  });
});

describe('export, erase, import', () => {
  it('restores the same data after export → « Effacer mes données » → import', async () => {
    const { page } = await visit();
    await openSummary(page);
    await importAsNew(page, exportFile(dossierComplet()));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exporter-dossier')]);
    const exported = JSON.parse(await downloadText(download)) as { dossiers: { data: DossierData }[] };
    expect(download.suggestedFilename()).toMatch(/^dossier-siseri-cabinet-dentaire-elodie-lefevre-\d{4}-\d{2}-\d{2}\.json$/);

    await page.click('[data-erase-all]');
    await page.click('#confirmer-effacer button[value="ok"]');
    await page.waitForEvent('load');
    await waitForSummary(page);
    expect(await page.locator('.recap').innerText()).not.toContain('Élodie');

    await importAsNew(page, JSON.stringify(exported));
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#exporter-dossier')]);
    const reimported = JSON.parse(await downloadText(again)) as { dossiers: { data: DossierData }[] };
    expect(reimported.dossiers[0]!.data).toEqual(exported.dossiers[0]!.data);
    expect(reimported.dossiers[0]!.data).toEqual(JSON.parse(JSON.stringify(dossierComplet())));
  });

  it('leaves the stored data byte-identical for every bad file of a fuzzed set', async () => {
    const { page } = await visit();
    await openSummary(page);
    await importAsNew(page, exportFile(dossierComplet()));
    const before = await storeSnapshot(page);
    const valid = exportFile(dossierComplet());
    const fixed = [
      '', 'null', '[]', '{"format":"autre","version":2,"dossiers":[]}', valid.slice(0, valid.length / 2),
      valid.replace('"version":2', '"version":99'), valid.replace('"format":"guide-siseri"', '"format":"guide-siseri","__proto__":{"x":1}'),
      '['.repeat(2000) + ']'.repeat(2000), `{"format":"guide-siseri","version":2,"dossiers":[${'{"name":"x","data":{}},'.repeat(300)}{"name":"x","data":{}}]}`,
      'x'.repeat(1024 * 1024 + 10),
    ];
    const fuzzed = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.json({ maxDepth: 4 }),
        fc.integer({ min: 1, max: valid.length - 1 }).map((n) => valid.slice(0, n)),
        fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1)),
      ),
      { numRuns: 40, seed: 20261128 },
    );
    let refused = 0;
    for (const text of [...fixed, ...fuzzed]) {
      const seq = Number(await page.getAttribute('#importer-fichier', 'data-seq'));
      await page.setInputFiles('#importer-fichier', { name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction((n) => Number(document.querySelector('#importer-fichier')?.getAttribute('data-seq')) > n, seq);
      const ok = await page.locator('.recap__import--ok').count();
      if (!ok) refused++;
      // no choice is made: nothing may have been written
      expect(await storeSnapshot(page)).toBe(before);
    }
    expect(refused).toBeGreaterThanOrEqual(fixed.length);
    expect(await page.locator('.recap__import--error').innerText()).toMatch(/\S/);
  });
});
