/**
 * The Annexe 1 renders: poppler's `pdftoppm` (poppler-utils, required) draws the first page, and
 * the picture is compared with a blank A4 page rendered the same way. The value boxes are checked
 * too: their appearance (what readers show and print over the page text) must contain ink.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PageSizes } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnexe1 } from '../../src/lib/annexe1';
import { dossierComplet } from '../fixtures/dossier-complet';

const require = createRequire(import.meta.url);
const fontBytes = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const NOW = new Date('2026-05-12T08:30:00Z');

let dir: string;

/** Runs pdftoppm on page 1; fails with a clear message when poppler-utils is missing. */
function pdftoppm(args: string[]): void {
  const run = spawnSync('pdftoppm', args, { encoding: 'utf8' });
  if (run.error) {
    throw new Error(`pdftoppm est introuvable (${run.error.message}) : installez poppler-utils pour ce test de rendu.`);
  }
  expect(run.status, `pdftoppm a échoué : ${run.stderr}`).toBe(0);
}

/** A grey-level picture decoded from a binary PGM (P5, 8 bits). */
interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function readPgm(path: string): Gray {
  const bytes = readFileSync(path);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error(`PGM inattendu : ${path}`);
  const [whole, width, height] = header;
  const w = Number(width);
  const h = Number(height);
  return { width: w, height: h, pixels: new Uint8Array(bytes.subarray(whole.length, whole.length + w * h)) };
}

/** Pixels darker than mid-grey inside a rectangle given in PDF points (origin bottom-left). */
function darkPixels(img: Gray, dpi: number, rect = { x: 0, y: 0, width: 595.28, height: 841.89 }): number {
  const k = dpi / 72;
  const x0 = Math.floor(rect.x * k);
  const x1 = Math.ceil((rect.x + rect.width) * k);
  const y0 = Math.floor(img.height - (rect.y + rect.height) * k);
  const y1 = Math.ceil(img.height - rect.y * k);
  let n = 0;
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) if ((img.pixels[y * img.width + x] ?? 255) < 128) n++;
  }
  return n;
}

/** Renders page 1 of `pdf` as PNG and as PGM; returns their paths. */
function render(name: string, pdf: Uint8Array, dpi: number): { png: string; pgm: string } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  pdftoppm(['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, join(dir, name)]);
  pdftoppm(['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, join(dir, `${name}-gray`)]);
  return { png: join(dir, `${name}.png`), pgm: join(dir, `${name}-gray.pgm`) };
}

describe('Annexe 1 — rendering with pdftoppm', () => {
  let annexe: Uint8Array;
  let blank: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annexe1-render-'));
    annexe = await buildAnnexe1(dossierComplet(), { fontBytes, now: NOW, incomplete: true });
    const empty = await PDFDocument.create();
    empty.addPage(PageSizes.A4);
    blank = await empty.save();
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws a first page that is not blank (40 dpi)', () => {
    const ours = render('annexe', annexe, 40);
    const white = render('blank', blank, 40);
    expect(statSync(ours.png).size).toBeGreaterThan(3 * statSync(white.png).size);
    const page = readPgm(ours.pgm);
    const empty = readPgm(white.pgm);
    expect(page.width).toBe(empty.width);
    expect(page.height).toBe(empty.height);
    expect(darkPixels(empty, 40)).toBe(0);
    expect(darkPixels(page, 40)).toBeGreaterThan(500); // about 1 100 for the fixture; 0 for a blank page
  });

  it('shows the values inside the form fields (appearance streams carry the text)', async () => {
    const img = readPgm(render('fields', annexe, 72).pgm);
    const form = (await PDFDocument.load(annexe)).getForm();
    for (const name of ['employeur-raison-sociale', 'employeur-siret', 'representant-nom']) {
      const rect = form.getTextField(name).acroField.getWidgets()[0]!.getRectangle();
      const inner = { x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: rect.height - 4 };
      expect(darkPixels(img, 72, inner), name).toBeGreaterThan(20);
    }
  });

  it('draws an empty field without ink inside its frame', async () => {
    // A required value left blank keeps its row, with an empty field to fill in by hand.
    const data = dossierComplet();
    (data.employeur as Record<string, string>).adresse = '';
    const pdf = await buildAnnexe1(data, { fontBytes, now: NOW, incomplete: true });
    const img = readPgm(render('empty-field', pdf, 72).pgm);
    const empty = (await PDFDocument.load(pdf)).getForm().getTextField('employeur-adresse').acroField.getWidgets()[0]!.getRectangle();
    expect(darkPixels(img, 72, { x: empty.x + 2, y: empty.y + 2, width: empty.width - 4, height: empty.height - 4 })).toBe(0);
  });
});
