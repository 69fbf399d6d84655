/**
 * The characters we consider safe in PASS's text fields. PASS only says « Merci de ne pas saisir
 * de caractères spéciaux » and its exact set is **incertain** (DOMAIN.md « Text fields »), so this
 * set is deliberately conservative: ASCII letters, the letters of French with their accents
 * (à â ä ç é è ê ë î ï ô ö ù û ü ÿ, æ œ and their capitals), digits, the plain space, the two
 * apostrophes ’ and ', the hyphen-minus, period, comma, slash, parentheses and &. Accents must be
 * precomposed (NFC): a letter followed by a separate combining accent is not in the set.
 */

/** The letters of French beyond ASCII, lower and upper case. */
const FRENCH_LETTERS = 'àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ';

/** Matches one character outside the safe set (global: use with `matchAll` or `replace`). */
export const UNSAFE_CHARACTER = new RegExp(`[^A-Za-z0-9${FRENCH_LETTERS} ’'\\-.,/()&]`, 'gu');

/** Non-global twin of `UNSAFE_CHARACTER`, for `test` (a global regex keeps state between calls). */
const UNSAFE_TEST = new RegExp(UNSAFE_CHARACTER.source, 'u');

/** Whether every character of `text` is in the safe set. */
export function isSafeText(text: string): boolean {
  return !UNSAFE_TEST.test(text);
}
