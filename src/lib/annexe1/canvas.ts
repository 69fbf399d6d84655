/**
 * Drawing on the pages: text in the embedded font (each distinct string is encoded once per
 * document and reused by the page text and the form-field appearances), rules and boxes.
 */
import {
  PDFName,
  beginText,
  endText,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  fill,
  stroke,
  type PDFFont,
  type PDFHexString,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { Rgb, TextStyle } from './geometry';
import { glyphEncoder } from './glyph-encoder';

/**
 * `page.pushOperators(...ops)` in slices: spreading a very long array as arguments overflows the
 * call stack (« Maximum call stack size exceeded »), and how long is too long depends on the engine.
 */
export function pushAll(page: Pick<PDFPage, 'pushOperators'>, ops: readonly PDFOperator[]): void {
  for (let i = 0; i < ops.length; i += 1000) page.pushOperators(...ops.slice(i, i + 1000));
}

/** Text and shape drawing in one embedded font. */
export class Canvas {
  /** Resource name of the font, on pages and in the form's default resources (short: it recurs). */
  readonly fontKey = 'F1';
  private readonly encoded = new Map<string, PDFHexString>();

  private readonly encodeGlyphs: (text: string) => PDFHexString;

  /** @param font the embedded (subset) font every string is drawn with. */
  constructor(readonly font: PDFFont) {
    this.encodeGlyphs = glyphEncoder(font);
  }

  /** Prepares a new page to receive text in the font. */
  preparePage(page: PDFPage): void {
    page.node.setFontDictionary(PDFName.of(this.fontKey), this.font.ref);
  }

  /**
   * The font's encoding of `text` (subset glyph ids), cached per string. Should encoding fail (only
   * possible on the `PDFFont.encodeText` fallback, see `glyph-encoder.ts`), the text is drawn with
   * every character beyond Latin replaced by « ? » rather than failing the whole document.
   */
  encode(text: string): PDFHexString {
    let hex = this.encoded.get(text);
    if (!hex) {
      try {
        hex = this.encodeGlyphs(text);
      } catch {
        hex = this.font.encodeText(text.replace(/[^\u0020-\u024f]/gu, '?'));
      }
      this.encoded.set(text, hex);
    }
    return hex;
  }

  /** Operators drawing `lines`, the first baseline at (x, y), in `style`. */
  textOps(lines: readonly string[], x: number, y: number, style: TextStyle): PDFOperator[] {
    const ops: PDFOperator[] = [beginText(), setFontAndSize(this.fontKey, style.size), setFillingRgbColor(...style.color)];
    let prevX = 0;
    let prevY = 0;
    lines.forEach((line, i) => {
      const ly = y - i * style.leading;
      if (line !== '') {
        ops.push(moveText(x - prevX, ly - prevY), showText(this.encode(line)));
        prevX = x;
        prevY = ly;
      }
    });
    ops.push(endText());
    return ops;
  }

  /** Draws `lines` on `page`, the first baseline at (x, y). */
  text(page: PDFPage, lines: readonly string[], x: number, y: number, style: TextStyle): void {
    if (lines.some((l) => l !== '')) pushAll(page, this.textOps(lines, x, y, style));
  }

  /** Operators for a rectangle, filled and/or stroked. */
  boxOps(x: number, y: number, w: number, h: number, opts: { fill?: Rgb; stroke?: Rgb; lineWidth?: number }): PDFOperator[] {
    const ops: PDFOperator[] = [pushGraphicsState()];
    if (opts.fill) ops.push(setFillingRgbColor(...opts.fill), rectangle(x, y, w, h), fill());
    if (opts.stroke) {
      const lw = opts.lineWidth ?? 0.5;
      ops.push(setStrokingRgbColor(...opts.stroke), setLineWidth(lw), rectangle(x + lw / 2, y + lw / 2, w - lw, h - lw), stroke());
    }
    ops.push(popGraphicsState());
    return ops;
  }

  /** Draws a rectangle on `page`. */
  box(page: PDFPage, x: number, y: number, w: number, h: number, opts: { fill?: Rgb; stroke?: Rgb; lineWidth?: number }): void {
    pushAll(page, this.boxOps(x, y, w, h, opts));
  }

  /** Draws a horizontal rule of width `w` at height `y`. */
  rule(page: PDFPage, x: number, y: number, w: number, color: Rgb, thickness = 0.6): void {
    page.pushOperators(pushGraphicsState(), setFillingRgbColor(...color), rectangle(x, y, w, thickness), fill(), popGraphicsState());
  }
}
