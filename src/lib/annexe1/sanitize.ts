/**
 * Text sanitising for the PDF: whatever a dossier holds (pasted text, imported JSON, emoji,
 * right-to-left scripts, lone surrogates), the result is a single line the embedded font can draw.
 * Never throws.
 */

/** Line and paragraph breaks, tabs and other separators that become one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/;
/** Control (Cc) and format (Cf: bidi controls, zero-width joiners, soft hyphen…) characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
/** Space separators other than the no-break ones French typography needs (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE = /[\p{Zs}]/u;
const NO_BREAK = new Set([0x00a0, 0x2007, 0x202f]);
/**
 * Scripts that need complex shaping (fontkit's Indic and Universal shapers). The PDF draws one glyph
 * per character, which would garble them, and those shapers crash in @pdf-lib/fontkit 1.1.1
 * (`regeneratorRuntime is not defined`) should pdf-lib's own `encodeText` ever be used (found by
 * the property test: Tifinagh « ⴰ » is in DejaVu Sans). Treated as missing from the font.
 */
const COMPLEX_SHAPING = new RegExp(
  '[' +
  '\\p{sc=Balinese}\\p{sc=Batak}\\p{sc=Bengali}\\p{sc=Brahmi}\\p{sc=Buginese}\\p{sc=Buhid}' +
  '\\p{sc=Chakma}\\p{sc=Cham}\\p{sc=Devanagari}\\p{sc=Duployan}\\p{sc=Egyptian_Hieroglyphs}' +
  '\\p{sc=Grantha}\\p{sc=Gujarati}\\p{sc=Gurmukhi}\\p{sc=Hanunoo}\\p{sc=Pahawh_Hmong}' +
  '\\p{sc=Javanese}\\p{sc=Kayah_Li}\\p{sc=Kharoshthi}\\p{sc=Khmer}\\p{sc=Khojki}\\p{sc=Kannada}' +
  '\\p{sc=Kaithi}\\p{sc=Tai_Tham}\\p{sc=Lepcha}\\p{sc=Limbu}\\p{sc=Mahajani}\\p{sc=Malayalam}' +
  '\\p{sc=Modi}\\p{sc=Meetei_Mayek}\\p{sc=Oriya}\\p{sc=Rejang}\\p{sc=Saurashtra}\\p{sc=Sharada}' +
  '\\p{sc=Siddham}\\p{sc=Khudawadi}\\p{sc=Sinhala}\\p{sc=Sundanese}\\p{sc=Syloti_Nagri}' +
  '\\p{sc=Tagbanwa}\\p{sc=Takri}\\p{sc=Tai_Le}\\p{sc=Tamil}\\p{sc=Tai_Viet}\\p{sc=Telugu}' +
  '\\p{sc=Tifinagh}\\p{sc=Tagalog}\\p{sc=Tibetan}\\p{sc=Tirhuta}' +
  ']',
  'u',
);

/** What the sanitiser needs to know about the font. */
export interface GlyphSet {
  /** Whether the font draws this code point. */
  has(codePoint: number): boolean;
}

/** The visible stand-in for a character the font cannot draw: « � » when the font has it, else « ? ». */
function replacementChar(glyphs: GlyphSet): string {
  return glyphs.has(0xfffd) ? '\uFFFD' : '?';
}

/**
 * One line of drawable text from any value: NFC-normalised; line breaks and tabs become spaces;
 * control and format characters are dropped; lone surrogates, characters missing from the font and
 * characters of scripts that need complex shaping (`COMPLEX_SHAPING`) become `replacementChar`; runs of spaces collapse; ends are trimmed. No-break spaces are kept.
 * Right-to-left text is kept in logical order (no bidi reordering).
 */
export function sanitizeText(value: string, glyphs: GlyphSet): string {
  const replacement = replacementChar(glyphs);
  let text: string;
  try {
    text = value.normalize('NFC');
  } catch {
    text = value;
  }
  let out = '';
  let pendingSpace = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let piece: string;
    if (BREAKS.test(ch) || (BREAKING_SPACE.test(ch) && !NO_BREAK.has(cp))) {
      pendingSpace = out.length > 0;
      continue;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      piece = replacement;
    } else if (INVISIBLE.test(ch)) {
      continue;
    } else {
      piece = glyphs.has(cp) && !COMPLEX_SHAPING.test(ch) ? ch : replacement;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += piece;
  }
  return out;
}
