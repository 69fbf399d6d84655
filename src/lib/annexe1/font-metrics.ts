/**
 * Metrics of the embedded font, read with fontkit: which code points it draws and how wide they
 * are. Widths are summed per code point (no kerning, no ligatures), exactly as the text is drawn:
 * pdf-lib writes glyphs with their advance widths and the font is embedded with ligatures off.
 */
import fontkit from '@pdf-lib/fontkit';
import type { GlyphSet } from './sanitize';

/** Width measurement and glyph coverage of one font. */
export interface FontMetrics extends GlyphSet {
  /** Width of `text` in points at `size`. */
  width(text: string, size: number): number;
  /** Width of one code point in points at `size`. */
  advance(codePoint: number, size: number): number;
  /** Ascender, as a fraction of the font size. */
  ascent: number;
  /** Descender (negative), as a fraction of the font size. */
  descent: number;
  /** The font's PostScript name, reduced to letters, digits and « - » (`DejaVuSans`). */
  postscriptName: string;
}

/** Parsed fonts by their bytes: the PDF button may be clicked several times per page view. */
const cache = new WeakMap<Uint8Array, FontMetrics>();

/** Metrics of the TrueType font in `fontBytes` (parsed once per byte array). */
export function fontMetrics(fontBytes: Uint8Array): FontMetrics {
  const cached = cache.get(fontBytes);
  if (cached) return cached;
  const font = fontkit.create(fontBytes);
  const upem = font.unitsPerEm;
  const advances = new Map<number, number>();
  const coverage = new Map<number, boolean>();
  const has = (cp: number): boolean => {
    let known = coverage.get(cp);
    if (known === undefined) {
      known = font.hasGlyphForCodePoint(cp);
      coverage.set(cp, known);
    }
    return known;
  };
  const units = (cp: number): number => {
    let w = advances.get(cp);
    if (w === undefined) {
      w = font.glyphForCodePoint(cp).advanceWidth;
      advances.set(cp, w);
    }
    return w;
  };
  const metrics: FontMetrics = {
    has,
    advance: (cp, size) => (units(cp) * size) / upem,
    width(text, size) {
      let total = 0;
      for (const ch of text) total += units(ch.codePointAt(0) ?? 0);
      return (total * size) / upem;
    },
    ascent: font.ascent / upem,
    descent: font.descent / upem,
    postscriptName: (font.postscriptName ?? '').replace(/[^A-Za-z0-9-]/g, '') || 'Font',
  };
  cache.set(fontBytes, metrics);
  return metrics;
}
