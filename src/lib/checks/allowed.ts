/**
 * The characters we consider safe in PASS's text fields, built from the model's one list
 * (`src/model/characters.ts`: French letters, digits, the space, ’ ' - . , ( )). PASS only says
 * « Merci de ne pas saisir de caractères spéciaux » and its exact set is **incertain**, so the set
 * is deliberately cautious: « & » and « / » are outside it (a warning, never an error). Accents
 * must be precomposed (NFC): a letter followed by a separate combining accent is not in the set.
 */
import { PASS_FRENCH_LETTERS, PASS_SAFE_SIGNS } from '../../model/characters';

/** `s` escaped for a regular-expression character class. */
const inClass = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');

/** Matches one character outside the safe set (global: use with `matchAll` or `replace`). */
export const UNSAFE_CHARACTER = new RegExp(`[^A-Za-z0-9 ${inClass(PASS_FRENCH_LETTERS + PASS_SAFE_SIGNS)}]`, 'gu');

/** Non-global twin of `UNSAFE_CHARACTER`, for `test` (a global regex keeps state between calls). */
const UNSAFE_TEST = new RegExp(UNSAFE_CHARACTER.source, 'u');

/** Whether every character of `text` is in the safe set. */
export function isSafeText(text: string): boolean {
  return !UNSAFE_TEST.test(text);
}
