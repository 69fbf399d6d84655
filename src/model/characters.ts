/**
 * The characters PASS may refuse in its text fields — the one list the checker, the « retirer »
 * clean-up, the FAQ and the form's banner read. PASS only says « Merci de ne pas saisir de
 * caractères spéciaux dans les champs à compléter » and does not publish its set: the list is
 * **incertain** (DOMAIN.md « Text fields ») and deliberately cautious.
 *
 * Safe: ASCII letters, the letters of French with their accents (precomposed, NFC), digits, the
 * plain space and `PASS_SAFE_SIGNS`. Anything else may be refused; `PASS_RISKY_SYMBOLS` names the
 * symbols people type most often in names and addresses, with what the clean-up puts instead.
 */

/** PASS's banner about special characters, verbatim (above the employer's coordinates). */
export const PASS_SPECIAL_CHARACTERS_NOTE = 'Merci de ne pas saisir de caractères spéciaux dans les champs à compléter';

/** The letters of French beyond ASCII, lower and upper case. */
export const PASS_FRENCH_LETTERS = 'àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ';

/** Signs taken as safe besides letters, digits and the space: apostrophes, hyphen, period, comma, parentheses. */
export const PASS_SAFE_SIGNS = "’'-.,()";

/** A symbol PASS may refuse, as the guide names it, and what « Retirer les caractères spéciaux » writes instead. */
export interface RiskySymbol {
  /** The character. */
  char: string;
  /** Its replacement by the clean-up (spaces are collapsed afterwards). */
  replacement: string;
}

/**
 * Symbols people often type that PASS may refuse, most frequent first (the FAQ names them in this
 * order). « & » becomes « et », « / » a hyphen (« 12/14 rue » → « 12-14 rue »).
 */
export const PASS_RISKY_SYMBOLS: readonly RiskySymbol[] = [
  { char: '&', replacement: ' et ' },
  { char: '/', replacement: '-' },
  { char: '#', replacement: ' ' },
  { char: '"', replacement: ' ' },
  { char: '«', replacement: ' ' },
  { char: '»', replacement: ' ' },
  { char: '*', replacement: ' ' },
  { char: '@', replacement: ' ' },
  { char: '°', replacement: ' ' },
  { char: ';', replacement: ',' },
];
