/**
 * Free text fields (raison sociale, adresse, nom, prénom, pays, cedex…): a **warning** (never an
 * error) when the text holds characters PASS may refuse — see `allowed.ts` for the set and why it
 * is uncertain. `cleanText` (in `clean-text.ts`) offers the one-click fix.
 */
import { checkMessage } from '../../i18n/checks.fr';
import { UNSAFE_CHARACTER } from './allowed';
import { warning, type Issue } from './types';
import { textOf } from './value';

/** How many distinct offending characters the message names before « et d’autres ». */
const MAX_NAMED = 5;

/** How a character is named in the message: visible ones quoted, invisible ones described. */
function nameOf(char: string): string {
  if (/\s/u.test(char)) return checkMessage('check.text.space');
  if (/\p{M}/u.test(char)) return checkMessage('check.text.accent');
  if (/[\p{C}\p{Z}]/u.test(char)) return checkMessage('check.text.invisible');
  return checkMessage('check.text.char', { char });
}

/** The distinct characters outside the safe set, named for the message, in order of appearance (at most one more than shown). */
export function unsafeCharacters(text: string): string[] {
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const [char] of textOf(text).matchAll(UNSAFE_CHARACTER)) {
    if (seen.has(char)) continue;
    seen.add(char);
    names.add(nameOf(char));
    if (names.size > MAX_NAMED) break;
  }
  return [...names];
}

/** Checks a free text: a warning naming the characters PASS may refuse. */
export function checkTexte(value: string): Issue[] {
  const names = unsafeCharacters(value);
  if (names.length === 0) return [];
  const shown = names.slice(0, MAX_NAMED).join(', ');
  const chars = names.length > MAX_NAMED ? `${shown} ${checkMessage('check.text.more')}` : shown;
  return [warning(checkMessage('check.text.characters', { chars }))];
}
