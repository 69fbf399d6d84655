/**
 * « Téléphone portable » (receives PASS's SMS signature code): French mobile 06/07 + 8 digits,
 * or +33 6/7, or 0033 6/7; when the sibling « Etranger » box is ticked, any international number.
 * Whether PASS's SMS reaches overseas and foreign numbers is uncertain (DOMAIN.md).
 */
import { checkMessage } from '../../i18n/checks.fr';
import { FRENCH_NUMBER, INTERNATIONAL_NUMBER, normalisePhone } from './phone';
import { error, type Issue } from './types';

/** Checks a « Téléphone portable »; `etranger` is the sibling « Etranger » box. */
export function checkMobile(value: string, etranger?: unknown): Issue[] {
  const n = normalisePhone(value);
  if (etranger === true) return INTERNATIONAL_NUMBER.test(n) ? [] : [error(checkMessage('check.mobile.foreign'))];
  const french = FRENCH_NUMBER.exec(n);
  if (french && (french[1] === '6' || french[1] === '7')) return [];
  return [error(checkMessage(french ? 'check.mobile.landline' : 'check.mobile.format'))];
}
