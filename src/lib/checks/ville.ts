/**
 * « Ville »: free text like `texte` (warning on characters PASS may refuse), plus a warning when
 * it holds digits or a CEDEX, which have their own fields. Only warnings: some foreign localities
 * do carry numbers (« Dublin 2 »).
 */
import { checkMessage } from '../../i18n/checks.fr';
import { checkTexte } from './texte';
import { warning, type Issue } from './types';
import { textOf } from './value';

/** Checks a « Ville ». */
export function checkVille(value: string): Issue[] {
  const v = textOf(value);
  const issues = checkTexte(v);
  if (/\bcedex\b/i.test(v)) issues.push(warning(checkMessage('check.city.cedex')));
  else if (/\d/.test(v)) issues.push(warning(checkMessage('check.city.digits')));
  return issues;
}
