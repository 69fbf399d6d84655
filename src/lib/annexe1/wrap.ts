/**
 * Line breaking: greedy, at ordinary spaces; a word wider than the line is broken between
 * characters (never inside a surrogate pair, never before a combining mark).
 */

/** One wrapped line and where it sits in the source text. */
export interface WrappedLine {
  /** The line's text. */
  text: string;
  /** Index (UTF-16) of its first character in the source. */
  start: number;
  /** Index (UTF-16) just after its last character in the source. */
  end: number;
}

/** Width of a string, and of one code point, in the caller's unit. */
export interface Measure {
  /** Width of a whole string. */
  width(text: string): number;
  /** Width of one code point. */
  advance(codePoint: number): number;
}

/** Marks that must stay with the preceding character. */
const JOINS_PREVIOUS = /^[\p{M}\u200d\ufe0f]/u;

/**
 * Splits `text` (already a single line, single spaces) into lines no wider than `maxWidth`.
 * Returns at least one line (empty text gives one empty line).
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const spaceWidth = measure.advance(32);
  let lineStart = -1;
  let lineEnd = -1;
  let lineWidth = 0;
  const flush = () => {
    if (lineStart >= 0) lines.push({ text: text.slice(lineStart, lineEnd), start: lineStart, end: lineEnd });
    lineStart = -1;
    lineWidth = 0;
  };
  const re = /[^ ]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const w = measure.width(word);
    if (lineStart >= 0 && lineWidth + spaceWidth + w <= maxWidth) {
      lineEnd = end;
      lineWidth += spaceWidth + w;
      continue;
    }
    flush();
    if (w <= maxWidth) {
      lineStart = start;
      lineEnd = end;
      lineWidth = w;
      continue;
    }
    // A word wider than the line: cut it between characters.
    let pieceStart = start;
    let pieceWidth = 0;
    let i = start;
    while (i < end) {
      const cp = text.codePointAt(i) ?? 0;
      const len = cp > 0xffff ? 2 : 1;
      const cw = measure.advance(cp);
      const canBreakHere = i > pieceStart && !JOINS_PREVIOUS.test(text.slice(i, i + 2));
      if (canBreakHere && pieceWidth + cw > maxWidth) {
        lines.push({ text: text.slice(pieceStart, i), start: pieceStart, end: i });
        pieceStart = i;
        pieceWidth = 0;
      }
      pieceWidth += cw;
      i += len;
    }
    lineStart = pieceStart;
    lineEnd = end;
    lineWidth = pieceWidth;
  }
  flush();
  if (lines.length === 0) lines.push({ text: '', start: 0, end: 0 });
  return lines;
}
