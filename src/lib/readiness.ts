/** Whether the whole dossier is ready for PASS (needs every screen of the model). */
import { SCREENS } from '../model/screens';
import type { ScreenDef } from '../model/types';
import { checkForm } from './checks/record';
import { read } from './checks/value';

/**
 * Whether the dossier is ready for PASS: no error in any form of a screen before the creation
 * (`afterCreation` screens hold what PASS gives back). An untouched optional list (no médecin du
 * travail) is `vide` yet has no error, so it does not hold the dossier back.
 */
export function dossierReady(data: unknown, screens: readonly ScreenDef[] = SCREENS): boolean {
  return screens.every(
    (s) => !s.form || s.afterCreation || !checkForm(s.form, read(data, s.form.key)).some((i) => i.level === 'error'),
  );
}
