/**
 * How a dossier value reads, as typed: option labels for radios and selects, « Oui » / « Non »
 * for check boxes, the text itself otherwise. The summary and the PDF show it; what is copied
 * into PASS is `passForm` (`pass-form.ts`).
 */
import type { FieldDef } from '../../model/types';
import { ANNEXE1_FR } from '../../i18n/annexe1.fr';
import type { FieldValue } from '../record';

const OUI = ANNEXE1_FR['annexe1.oui'];
const NON = ANNEXE1_FR['annexe1.non'];

/** The text shown for `value` of `field` (unknown option values are shown as stored). */
export function displayValue(field: FieldDef, value: FieldValue | undefined): string {
  if (field.kind === 'checkbox') return value === true ? OUI : NON;
  if (typeof value === 'boolean') return value ? OUI : NON;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  if (field.options) return field.options.find((o) => o.value === value)?.label ?? value;
  for (const group of field.optionGroups ?? []) {
    const option = group.options.find((o) => o.value === value);
    if (option) return option.label;
  }
  return value;
}
