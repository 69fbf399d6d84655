/**
 * « RPPS (ou Adeli) »: RPPS is 11 digits starting with 1; Adeli is 9 characters (digits, or
 * « 2A »/« 2B » for Corsica). Whether PASS enforces a check digit is uncertain (DOMAIN.md), so
 * this only warns, never blocks.
 */
import { checkMessage } from '../../i18n/checks.fr';
import { warning, type Issue } from './types';
import { textOf } from './value';

/** Checks a « RPPS (ou Adeli) »: a warning when it looks like neither; spaces are ignored. */
export function checkRpps(value: string): Issue[] {
  const v = textOf(value).replace(/\s/g, '');
  return /^1\d{10}$/.test(v) || /^[0-9A-Za-z]{9}$/.test(v) ? [] : [warning(checkMessage('check.rpps.format'))];
}
