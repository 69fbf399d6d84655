/**
 * How many fields of a dossier are filled in (for the import preview): values that differ from
 * the field's default — a non-blank text, a ticked box — counted over every record and list entry
 * of the model's forms.
 */
import { FORM_SCREENS, formFields } from '../../model';
import type { FieldDef } from '../../model';
import { defaultValue, type DossierData, type DossierRecord } from '../dossier';

/** Filled fields of one record. */
function filledIn(fields: readonly FieldDef[], record: DossierRecord | undefined): number {
  if (!record) return 0;
  return fields.filter((f) => {
    const v = record[f.key];
    if (typeof v === 'string') return v.trim() !== '' && v !== defaultValue(f);
    return v === true && defaultValue(f) !== true;
  }).length;
}

/** Number of filled fields of a (validated) dossier. */
export function countFilled(data: DossierData): number {
  let n = 0;
  for (const screen of FORM_SCREENS) {
    const form = screen.form!;
    const fields = formFields(form);
    const value = data[form.key];
    if (Array.isArray(value)) for (const entry of value) n += filledIn(fields, entry);
    else n += filledIn(fields, value);
  }
  return n;
}
