/**
 * The phone keyboard (`inputmode`) a field needs for its current rule: the model's hint, except
 * that a postal code abroad (« Etranger » ticked) may contain letters (« SW1A 1AA »).
 */
import type { FieldDef } from '../../model/types';
import type { DossierRecord } from '../record';

/** The `inputmode` of `field` given the record's current values (`undefined`: the default keyboard). */
export function inputModeOf(field: Pick<FieldDef, 'inputMode' | 'check' | 'dependsOn'>, record: DossierRecord): string | undefined {
  if (field.check === 'codePostal' && field.dependsOn !== undefined && record[field.dependsOn] === true) return 'text';
  return field.inputMode;
}
