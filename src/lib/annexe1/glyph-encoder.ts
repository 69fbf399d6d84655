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
 *
 * The standard Helvetica (see fonts.ts) is encoded in WinAnsi, one byte per character; a character
 * outside it is drawn « ? » (never a throw) and reported to `onMissingGlyph`'s callback.
 */
import { PDFHexString, type PDFFont } from 'pdf-lib';
import { Encodings } from '@pdf-lib/standard-fonts';

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

const missingGlyph = new WeakMap<PDFFont, () => void>();

/** Calls `report` whenever text drawn in the standard `font` holds a character it cannot draw. */
export function onMissingGlyph(font: PDFFont, report: () => void): void {
  missingGlyph.set(font, report);
}

/** Whether `font` is a standard (non-embedded) WinAnsi font. */
function isWinAnsi(font: PDFFont): boolean {
  const e = (font as unknown as { embedder?: { encoding?: unknown } }).embedder;
  return e?.encoding === Encodings.WinAnsi;
}

/** Narrow and figure no-break spaces → no-break space, no-break hyphens → « - » (same look). */
const WIN_ANSI_SUBSTITUTES: ReadonlyMap<number, number> = new Map([
  [0x202f, 0xa0],
  [0x2007, 0xa0],
  [0x2010, 0x2d],
  [0x2011, 0x2d],
]);

/**
 * The code point a standard WinAnsi font draws for `codePoint` (itself, or its look-alike from
 * `WIN_ANSI_SUBSTITUTES`), or undefined when it has no glyph for it. Only printable characters:
 * WinAnsi's C0/C1 slots are not drawn.
 */
export function winAnsiCode(codePoint: number): number | undefined {
  const cp = WIN_ANSI_SUBSTITUTES.get(codePoint) ?? codePoint;
  const printable = cp >= 0x20 && cp !== 0x7f && (cp < 0x80 || cp >= 0xa0);
  return printable && Encodings.WinAnsi.canEncodeUnicodeCodePoint(cp) ? cp : undefined;
}

/** Text → WinAnsi codes of a standard font, « ? » for what it lacks. */
function winAnsiEncoder(font: PDFFont): (text: string) => PDFHexString {
  const codes = new Map<number, string>();
  return (text) => {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let code = codes.get(cp);
      if (code === undefined) {
        const mapped = winAnsiCode(cp);
        if (mapped !== undefined) {
          code = Encodings.WinAnsi.encodeUnicodeCodePoint(mapped).code.toString(16).padStart(2, '0');
        } else {
          missingGlyph.get(font)?.();
          code = '3f';
        }
        codes.set(cp, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
}

/**
 * An encoder of `font`: text → hex string of subset glyph ids (a subset-embedded TrueType font) or
 * of WinAnsi codes (the standard Helvetica).
 */
export function glyphEncoder(font: PDFFont): (text: string) => PDFHexString {
  if (isWinAnsi(font)) return winAnsiEncoder(font);
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
