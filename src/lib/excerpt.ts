/**
 * Splits a Pagefind excerpt (text with `<mark>` around matches) into plain segments, so results
 * are rendered as text nodes — never through `innerHTML`. Entities are decoded; any other tag is
 * dropped.
 */

/** A piece of an excerpt: text, and whether it was a match. */
export interface ExcerptPart {
  /** Plain text (entities decoded). */
  text: string;
  /** The text was inside `<mark>`. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** Decodes the few HTML entities Pagefind emits, and numeric ones. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Splits an excerpt into text parts, marking what was inside `<mark>…</mark>`. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) mark = true;
    else if (/^<\/mark>$/i.test(token)) mark = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
