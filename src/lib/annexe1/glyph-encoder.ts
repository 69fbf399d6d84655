/**
 * Text → glyph ids of the embedded subset, one glyph per code point, without fontkit's layout.
 *
 * Why: `PDFFont.encodeText` runs fontkit's full OpenType shaping on every string. That is 80 % of
 * the build time, it reverses whole strings whose first letter is right-to-left, and its Indic and
 * Universal shapers crash in @pdf-lib/fontkit 1.1.1 (`regeneratorRuntime is not defined`). The
 * Annexe 1 needs none of it (no ligatures, no kerning: pdf-lib draws advance widths only), and
 * per-code-point glyphs are exactly what the line breaker measures.
 *
 * How: it does what pdf-lib 1.17's `CustomFontSubsetEmbedder.encodeText` does after layout —
 * include each glyph in the fontkit subset and record it for the widths and ToUnicode tables —
 * through that embedder's internals. If they are not there (another pdf-lib version), it falls back
 * to `PDFFont.encodeText`.
 */
import { PDFHexString, type PDFFont } from 'pdf-lib';

/** The glyph fields pdf-lib reads (`id`, `advanceWidth`, `codePoints`). */
interface Glyph {
  id: number;
}

/** The parts of pdf-lib 1.17's `CustomFontSubsetEmbedder` that `encodeText` uses. */
interface SubsetEmbedder {
  font: { glyphForCodePoint(codePoint: number): Glyph };
  subset: { includeGlyph(glyph: Glyph): number };
  glyphs: Glyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

function subsetEmbedder(font: PDFFont): SubsetEmbedder | undefined {
  const e = (font as unknown as { embedder?: Partial<SubsetEmbedder> }).embedder;
  const ok =
    !!e &&
    typeof e.font?.glyphForCodePoint === 'function' &&
    typeof e.subset?.includeGlyph === 'function' &&
    Array.isArray(e.glyphs) &&
    e.glyphIdMap instanceof Map &&
    typeof e.glyphCache?.invalidate === 'function';
  return ok ? (e as SubsetEmbedder) : undefined;
}

/** An encoder of `font` (a subset-embedded TrueType font): text → hex string of subset glyph ids. */
export function glyphEncoder(font: PDFFont): (text: string) => PDFHexString {
  const e = subsetEmbedder(font);
  if (!e) return (text) => font.encodeText(text);
  const codes = new Map<number, string>();
  return (text) => {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let code = codes.get(cp);
      if (code === undefined) {
        const glyph = e.font.glyphForCodePoint(cp);
        const id = e.subset.includeGlyph(glyph);
        e.glyphs[id - 1] = glyph;
        e.glyphIdMap.set(glyph.id, id);
        e.glyphCache.invalidate();
        code = id.toString(16).padStart(4, '0');
        codes.set(cp, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
}
