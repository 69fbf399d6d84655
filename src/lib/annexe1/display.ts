/**
 * How a dossier value reads in the Annexe 1: option labels for radios and selects, « Oui » /
 * « Non » for check boxes, the text itself otherwise.
 */
import { activityLabel, type FieldDef } from '../../model';
import type { FieldValue } from '../dossier';
import { t } from './strings';

/** The text shown for `value` of `field` (unknown option values are shown as stored). */
export function displayValue(field: FieldDef, value: FieldValue | undefined): string {
  if (field.kind === 'checkbox') return value === true ? t('annexe1.oui') : t('annexe1.non');
  if (typeof value === 'boolean') return value ? t('annexe1.oui') : t('annexe1.non');
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  if (field.options) return field.options.find((o) => o.value === value)?.label ?? value;
  if (field.optionGroups) return activityLabel(value) ?? value;
  return value;
}
