/**
 * The Annexe 1's font choice (src/lib/annexe1/fonts.ts): a French dossier is drawn in the
 * standard Helvetica with nothing fetched or embedded; a value with a character Helvetica lacks
 * makes it ask for the fallback font once and embed it; without that font such characters are
 * drawn « ? », never a throw. Text is re-read with pdf.js; fields with pdf-lib.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { PDFDict, PDFDocument, PDFName, PDFTextField } from 'pdf-lib';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildAnnexe1 } from '../../src/lib/annexe1';
import { winAnsiCode } from '../../src/lib/annexe1/glyph-encoder';
import type { DossierData } from '../../src/lib/dossier';
import { dossierComplet } from '../fixtures/dossier-complet';

const require = createRequire(import.meta.url);
GlobalWorkerOptions.workerSrc = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const dejavu = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const NOW = new Date('2026-05-12T08:30:00Z');

async function text(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  try {
    let out = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      out += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
    }
    return out.replace(/\s+/gu, ' ');
  } finally {
    await task.destroy();
  }
}

/** BaseFont names of the document's fonts, and whether a font file is embedded. */
async function fonts(bytes: Uint8Array): Promise<{ names: string[]; embedded: boolean }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names: string[] = [];
  let embedded = false;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.get(PDFName.of('Type')) === PDFName.of('Font') && obj.get(PDFName.of('Subtype')) !== PDFName.of('CIDFontType2')) names.push(String(obj.get(PDFName.of('BaseFont'))));
    if (obj.get(PDFName.of('FontFile2'))) embedded = true;
  }
  return { names, embedded };
}

/** The full fixture with the employer's name replaced. */
function withName(raisonSociale: string): DossierData {
  const d = dossierComplet();
  return { ...d, employeur: { ...(d.employeur as Record<string, unknown>), raisonSociale } } as DossierData;
}

describe('Annexe 1 fonts: Helvetica for French', () => {
  it('draws a French dossier in Helvetica, without asking for a font, accents and French punctuation intact', async () => {
    let asked = 0;
    const name = 'Cabinet «\u202fŒnologie & Cœur\u202f» — l’Été à 12\u00a0€';
    const bytes = await buildAnnexe1(withName(name), { now: NOW, incomplete: false, loadFont: async () => (asked++, dejavu) });
    expect(asked).toBe(0);
    expect(await fonts(bytes)).toEqual({ names: ['/Helvetica'], embedded: false });
    const t = await text(bytes);
    // The narrow no-break spaces are drawn as no-break spaces (same look).
    expect(t).toContain('Cabinet « Œnologie & Cœur » — l’Été à 12 €');
    expect(t).toContain('LEFÈVRE');
    expect(t).toContain('GARÇON');
    // editable fields, with the value
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const field = doc.getForm().getFields().find((f) => f.getName() === 'employeur-raison-sociale');
    expect(field).toBeInstanceOf(PDFTextField);
    expect((field as PDFTextField).getText()).toBe(name);
    expect((field as PDFTextField).isReadOnly()).toBe(false);
  });

  it('is deterministic', async () => {
    const a = await buildAnnexe1(dossierComplet(), { now: NOW, incomplete: true });
    const b = await buildAnnexe1(dossierComplet(), { now: NOW, incomplete: true });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('Annexe 1 fonts: the fallback font', () => {
  it('asks once for the fallback font when a value needs it, and embeds it', async () => {
    let asked = 0;
    const bytes = await buildAnnexe1(withName('Łukasz Dvořák SARL'), { now: NOW, incomplete: false, loadFont: async () => (asked++, dejavu) });
    expect(asked).toBe(1);
    const f = await fonts(bytes);
    expect(f.embedded).toBe(true);
    for (const n of f.names) expect(n).toMatch(/^\/[A-Z]{6}\+DejaVuSans$/);
    expect(await text(bytes)).toContain('Łukasz Dvořák SARL');
  });

  it('draws « ? » for what Helvetica lacks when the font cannot be had, and never throws', async () => {
    const failing = await buildAnnexe1(withName('Łukasz 𝒳 ☃'), { now: NOW, incomplete: false, loadFont: () => Promise.reject(new Error('hors ligne')) });
    expect(await text(failing)).toContain('?ukasz ? ?');
    const none = await buildAnnexe1(withName('Łukasz'), { now: NOW, incomplete: false });
    expect(await fonts(none)).toEqual({ names: ['/Helvetica'], embedded: false });
    expect(await text(none)).toContain('?ukasz');
  });

  it('never throws, whatever the characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (s) => {
        const bytes = await buildAnnexe1(withName(s), { now: NOW, incomplete: false });
        expect(bytes.length).toBeGreaterThan(1000);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('winAnsiCode', () => {
  it('covers Latin-1 and the French extras, maps the narrow no-break space, and refuses the rest', () => {
    for (let cp = 0x20; cp < 0x7f; cp++) expect(winAnsiCode(cp)).toBe(cp);
    for (let cp = 0xa0; cp <= 0xff; cp++) expect(winAnsiCode(cp)).toBe(cp);
    for (const ch of 'œŒ’‘“”«»€…–—Ÿ') expect(winAnsiCode(ch.codePointAt(0)!)).toBe(ch.codePointAt(0));
    expect(winAnsiCode(0x202f)).toBe(0xa0);
    for (const ch of 'ŁőŞαЖ☃\u0000\u0085\u007f') expect(winAnsiCode(ch.codePointAt(0)!)).toBeUndefined();
  });
});
