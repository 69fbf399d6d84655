/**
 * Checks of the whole dossier against the model. Kept out of `index.ts` on purpose: it imports
 * the model's `SCREENS` (and with them the activity list), which pages that only check one
 * form should not ship.
 */
import { SCREENS } from '../../model';
import type { ScreenDef } from '../../model/types';
import { checkForm } from './record';
import type { LocatedIssue } from './types';
import { read } from './value';

/** Every issue of every form of `data` (any value: missing forms count as empty), in PASS order. */
export function checkDossier(data: unknown, screens: readonly ScreenDef[] = SCREENS): LocatedIssue[] {
  return screens.flatMap((s) => (s.form ? checkForm(s.form, read(data, s.form.key)) : []));
}
