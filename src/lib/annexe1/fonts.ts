/**
 * The font the Annexe 1 is drawn with. By default the standard Helvetica of every PDF reader
 * (nothing to download or embed; its WinAnsi encoding covers French and Western European text:
 * é è à ç œ Œ ’ « » € …). Only when a value needs a character Helvetica cannot draw (Ł, ő, Ş,
 * Greek, Cyrillic…) is the document redrawn in DejaVu Sans, embedded as a subset — its bytes
 * fetched then, and fontkit loaded then (`truetype.ts`, a separate chunk).
 */
import { StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import type { FontMetrics } from './font-metrics';
import { onMissingGlyph, winAnsiCode } from './glyph-encoder';

/** A font ready for one document: its metrics, how to embed it, whether text missed a glyph. */
export interface AnnexeFont {
  readonly metrics: FontMetrics;
  embed(doc: PDFDocument): Promise<PDFFont>;
  /** True once some text needed a character the font cannot draw (drawn as « ? » instead). */
  readonly missed: boolean;
}

/** The WinAnsi code and glyph name of a code point (see `winAnsiCode`), undefined if none. */
function winAnsi(codePoint: number): { code: number; name: string } | undefined {
  const cp = winAnsiCode(codePoint);
  return cp === undefined ? undefined : Encodings.WinAnsi.encodeUnicodeCodePoint(cp);
}

/** Helvetica, drawn through WinAnsi. `missed` turns true when text needs a character outside it. */
export function standardFont(): AnnexeFont {
  const afm = Font.load(FontNames.Helvetica);
  const widths = new Map<number, number>();
  let missed = false;
  const units = (cp: number): number => {
    let w = widths.get(cp);
    if (w === undefined) {
      const glyph = winAnsi(cp);
      w = (glyph && afm.getWidthOfGlyph(glyph.name)) || afm.getWidthOfGlyph('question') || 556;
      widths.set(cp, w);
    }
    return w;
  };
  const metrics: FontMetrics = {
    has(cp) {
      const ok = winAnsi(cp) !== undefined;
      // U+FFFD is asked for to pick the stand-in character, not drawn: not a miss.
      if (!ok && cp !== 0xfffd) missed = true;
      return ok;
    },
    advance: (cp, size) => (units(cp) * size) / 1000,
    width(text, size) {
      let total = 0;
      for (const ch of text) total += units(ch.codePointAt(0) ?? 0);
      return (total * size) / 1000;
    },
    ascent: (afm.Ascender ?? 718) / 1000,
    descent: (afm.Descender ?? -207) / 1000,
    postscriptName: 'Helvetica',
  };
  return {
    metrics,
    get missed() {
      return missed;
    },
    async embed(doc) {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      onMissingGlyph(font, () => (missed = true));
      return font;
    },
  };
}

/** DejaVu Sans (or any TrueType font), embedded as a subset; fontkit is loaded on first use. */
export async function trueTypeFont(bytes: Uint8Array): Promise<AnnexeFont> {
  const { trueType } = await import('./truetype');
  return trueType(bytes);
}
