/**
 * « Téléphone », « Télécopie » (optional): a French number (10 digits starting with 0, or +33 /
 * 0033 followed by 9 digits), or an international one (« + » and 8 to 15 digits). A number
 * starting with +33 must be a French one.
 */
import { checkMessage } from '../../i18n/checks.fr';
import { FRENCH_NUMBER, INTERNATIONAL_NUMBER, normalisePhone } from './phone';
import { error, type Issue } from './types';

/** Checks a « Téléphone » or « Télécopie ». */
export function checkTelephone(value: string): Issue[] {
  const n = normalisePhone(value);
  const ok = FRENCH_NUMBER.test(n) || (!n.startsWith('+33') && INTERNATIONAL_NUMBER.test(n));
  return ok ? [] : [error(checkMessage('check.telephone.format'))];
}
