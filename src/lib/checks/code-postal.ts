/**
 * « Code Postal » (DOMAIN.md « Identifiers »): in France always 5 digits, Corsica included
 * (20xxx): « 2A » and « 2B » are département codes, never postal codes. When the sibling
 * « Etranger » box is ticked, the code is free text but must not be empty.
 */
import { checkMessage } from '../../i18n/checks.fr';
import { error, type Issue } from './types';
import { textOf } from './value';

/** Checks a « Code Postal »; `etranger` is the sibling « Etranger » box (`true` = foreign address). */
export function checkCodePostal(value: string, etranger?: unknown): Issue[] {
  const v = textOf(value).trim();
  if (etranger === true) return v === '' ? [error(checkMessage('check.postalCode.foreignEmpty'))] : [];
  if (/^\d{5}$/.test(v)) return [];
  if (/^2\s*[AB]/i.test(v)) return [error(checkMessage('check.postalCode.corsica'))];
  if (/^\d{5}$/.test(v.replace(/\s/g, ''))) return [error(checkMessage('check.postalCode.spaces'))];
  return [error(checkMessage('check.postalCode.format'))];
}
