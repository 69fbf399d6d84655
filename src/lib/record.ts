/**
 * The dossier: every value a user prepares for PASS, shaped by the model. One record per
 * record-form screen (`employeur`, `representant`…), one array per list screen (`ces`, `mdt`,
 * `pcr`). Values are strings (text, radio, select) or booleans (check boxes). Pure: no DOM.
 * Needs only one form's description, so the form islands can use it without every screen
 * (`emptyDossier`, which needs them all, is in `dossier.ts`).
 */
import { formFields } from '../model/fields';
import type { FieldDef, FormDef } from '../model/types';

/** A field's value: text for text, radio and select fields; a boolean for check boxes. */
export type FieldValue = string | boolean;

/** One record: field key → value. */
export type DossierRecord = Record<string, FieldValue>;

/** The dossier's data: record forms map to a record, list forms to an array of records. */
export type DossierData = Record<string, DossierRecord | DossierRecord[]>;

/** The default value of a field in a new record. */
export function defaultValue(field: FieldDef): FieldValue {
  if (field.defaultValue !== undefined) return field.defaultValue;
  return field.kind === 'checkbox' ? false : '';
}

/** A new, empty record of a form (a list entry for list forms). */
export function emptyRecord(form: FormDef): DossierRecord {
  return Object.fromEntries(formFields(form).map((f) => [f.key, defaultValue(f)]));
}

/** Whether a field or a group applies: one rule, in `view/applies.ts`. */
export { appliesIn, fieldApplies } from './view/applies';
