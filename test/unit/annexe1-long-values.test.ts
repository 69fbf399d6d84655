/**
 * Issue 17.6: the PDF lays out very long values. A continuation row is labelled « <label>
 * (suite) », never « (suite) (suite) »; no text is drawn outside the page; under `test:deep`, a
 * 2 MB value (no space, then with spaces) builds without a call-stack overflow and every line of
 * it is on a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildAnnexe1 } from '../../src/lib/annexe1';
import { emptyDossier } from '../../src/lib/dossier';
import { budgetMs } from '../fixtures/budget';

const require = createRequire(import.meta.url);
GlobalWorkerOptions.workerSrc = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const fontBytes = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const deep = process.env.TEST_DEEP === '1';

/** A PDF of an empty dossier whose employer's raison sociale is `value`. */
function pdfWith(value: string): Promise<Uint8Array> {
  const d = emptyDossier();
  (d.employeur as Record<string, unknown>).raisonSociale = value;
  return buildAnnexe1(d, { fontBytes, now: new Date('2026-05-12T08:30:00Z'), incomplete: true });
}

/** Each page's text items with their position, from pdf.js. */
async function textItems(bytes: Uint8Array, pages?: number[]): Promise<{ page: number; text: string; x: number; y: number; width: number; height: number }[][]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  const out = [];
  for (const n of pages ?? Array.from({ length: pdf.numPages }, (_, i) => i + 1)) {
    const page = await pdf.getPage(n);
    const view = page.view;
    const content = await page.getTextContent();
    out.push(
      (content.items as { str: string; transform: number[] }[]).map((i) => ({ page: n, text: i.str, x: i.transform[4]!, y: i.transform[5]!, width: view[2]!, height: view[3]! })),
    );
  }
  await task.destroy();
  return out;
}

describe('very long values in the PDF', () => {
  it('100 000 characters without a space: continuation labels are « (suite) » once, every line on its page', async () => {
    const bytes = await pdfWith('abcdefgh'.repeat(12_500));
    const pages = await textItems(bytes);
    expect(pages.length).toBeGreaterThan(20);
    const all = pages.flat();
    expect(all.some((i) => i.text.includes('(suite)'))).toBe(true);
    expect(all.filter((i) => /\(suite\)\s*\(suite\)/.test(i.text))).toEqual([]);
    expect(all.filter((i) => i.y < 0 || i.y > i.height || i.x < 0 || i.x > i.width)).toEqual([]);
    // Every character of the value is on a page (drawn once as page text).
    const drawn = all.filter((i) => /^[a-h]+$/.test(i.text)).reduce((n, i) => n + i.text.length, 0);
    expect(drawn).toBe(100_000);
  }, budgetMs(120_000));

  it.runIf(deep)('2 MB, without and with spaces: built, every line on a page', async () => {
    for (const unit of ['abcdefgh', 'abcdefg ']) {
      const value = unit.repeat(250_000);
      const bytes = await pdfWith(value);
      const pages = await textItems(bytes);
      const all = pages.flat();
      expect(all.filter((i) => i.y < 0 || i.y > i.height)).toEqual([]);
      const drawn = all.filter((i) => /^[a-h ]+$/.test(i.text) && !i.text.includes('(suite)')).reduce((n, i) => n + i.text.replace(/ /g, '').length, 0);
      expect(drawn).toBe(value.replace(/ /g, '').length);
    }
  }, budgetMs(600_000));
});
