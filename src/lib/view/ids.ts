/**
 * Every id, anchor, link and AcroForm name of a dossier field, built in one place from the
 * model's stable id (`fieldId`: `employeur-siret`). The form components, the island, the
 * summary, the PDF and `/liens/` import these instead of assembling strings by hand. Light: only
 * the model's `fields.ts`, so the island can use it without every screen.
 */
import { fieldAnchor, fieldId, kebab } from '../../model/fields';

export { fieldAnchor, fieldId };

/** Id of a field's control in its form island: `f-employeur-siret`. */
export function inputId(formKey: string, fieldKey: string): string {
  return `f-${fieldId(formKey, fieldKey)}`;
}

/** Id of the « Modifier » button of list entry `index` (0-based): `ces-entree-0-modifier`. */
export function entryEditId(formKey: string, index: number): string {
  return `${formKey}-entree-${index}-modifier`;
}

/** Id of a list's entry form (`entree-ces`): where « add an entry » issues point. */
export function entryFormId(formKey: string): string {
  return `entree-${formKey}`;
}

/** Id of a step's form island (`formulaire-employeur`, from the step slug). */
export function formSectionId(slug: string): string {
  return `formulaire-${slug}`;
}

/**
 * Name of a value of a record (`employeur-siret`) or of list entry `n` (1-based,
 * `ces-1-courriel`): summary line ids and the PDF's AcroForm field names.
 */
export function valueName(formKey: string, fieldKey: string, n?: number): string {
  return n === undefined ? fieldId(formKey, fieldKey) : `${formKey}-${n}-${kebab(fieldKey)}`;
}

/**
 * Link (base path not included) that opens a field on its step page: the control for a record
 * field, the entry's « Modifier » button for a list entry (`index` 0-based), the list's entry
 * form for a list-level issue, the form itself when no field is named.
 */
export function fieldHref(o: { path: string; slug: string; formKey: string; list: boolean; fieldKey?: string; index?: number }): string {
  if (o.list) return o.index === undefined ? `${o.path}#${entryFormId(o.formKey)}` : `${o.path}#${entryEditId(o.formKey, o.index)}`;
  return o.fieldKey ? `${o.path}#${inputId(o.formKey, o.fieldKey)}` : `${o.path}#${formSectionId(o.slug)}`;
}

/** Link (base path not included) to a field's description in the guide: `/etapes/…/#champ-employeur-siret`. */
export function fieldDocHref(path: string, formKey: string, fieldKey: string): string {
  return `${path}#${fieldAnchor(fieldId(formKey, fieldKey))}`;
}
