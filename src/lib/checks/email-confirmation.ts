/** « Confirmation courriel »: the same address as the sibling « Courriel », ignoring case and surrounding spaces. */
import { checkMessage } from '../../i18n/checks.fr';
import { comparableEmail } from './email';
import { error, type Issue } from './types';

/** Checks a « Confirmation courriel » against `courriel`, the sibling « Courriel » value. */
export function checkEmailConfirmation(value: string, courriel?: unknown): Issue[] {
  const v = comparableEmail(value);
  const c = comparableEmail(courriel);
  if (v === '' || v === c) return [];
  return [error(checkMessage(c === '' ? 'check.emailConfirmation.noEmail' : 'check.emailConfirmation.mismatch'))];
}
