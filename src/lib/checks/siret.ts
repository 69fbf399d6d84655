/**
 * SIRET (DOMAIN.md « Identifiers »): 14 digits = SIREN (9, Luhn) + NIC (5), Luhn over all 14.
 * La Poste exception: for SIREN 356 000 000 the establishments' SIRETs follow « sum of the 14
 * digits is a multiple of 5 » instead of Luhn, except the head office 356 000 000 00048, which
 * follows Luhn.
 */
import { checkMessage } from '../../i18n/checks.fr';
import { luhnValid } from './luhn';
import { error, type Issue } from './types';
import { normaliseSiret } from './normalise';

/** La Poste's SIREN, whose establishments' SIRETs do not follow Luhn. */
const LA_POSTE_SIREN = '356000000';

/** La Poste's head office SIRET, which does follow Luhn. */
const LA_POSTE_HEAD_OFFICE = '35600000000048';

export { normaliseSiret };

/** The SIREN (first 9 digits) of a SIRET typed with or without spaces, or `undefined` if it is not 14 digits. */
export function sirenFromSiret(value: string): string | undefined {
  const n = normaliseSiret(value);
  return /^\d{14}$/.test(n) ? n.slice(0, 9) : undefined;
}

/** Sum of the digits of a string of ASCII digits. */
function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

/** Whether the 9 first digits form a valid SIREN (Luhn, and not the placeholder 000 000 000). */
function sirenValid(siren: string): boolean {
  return siren !== '000000000' && luhnValid(siren);
}

/** Whether the 14-digit key of a SIRET is right (Luhn, or La Poste's rule). */
function siretKeyValid(siret: string): boolean {
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) return digitSum(siret) % 5 === 0;
  return luhnValid(siret);
}

/** Whether `value` (spaces and dots allowed) is a valid SIRET. */
export function isSiretValid(value: string): boolean {
  const n = normaliseSiret(value);
  return /^\d{14}$/.test(n) && sirenValid(n.slice(0, 9)) && siretKeyValid(n);
}

/** Checks a « Numéro SIRET »: 14 digits after normalisation, valid SIREN, valid key. */
export function checkSiret(value: string): Issue[] {
  const n = normaliseSiret(value);
  if (/\D/.test(n)) return [error(checkMessage('check.siret.characters'))];
  if (n.length === 9) return [error(checkMessage('check.siret.isSiren'))];
  if (n.length !== 14) return [error(checkMessage('check.siret.length', { count: n.length }))];
  if (!sirenValid(n.slice(0, 9))) return [error(checkMessage('check.siret.sirenKey'))];
  if (!siretKeyValid(n)) return [error(checkMessage('check.siret.key'))];
  return [];
}
