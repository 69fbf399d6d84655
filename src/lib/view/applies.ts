/**
 * Whether a group or a field applies to a record — the one rule the form island, the checks,
 * the summary, the PDF and the status all follow: a field applies when its group's `when` and
 * its own `when` both hold. Total on untrusted records (never throws). Light: model types only.
 */
import type { FieldCondition, FieldDef, FieldGroup, FormDef } from '../../model/types';
import { read } from '../checks/value';

/** Whether `condition` holds on `record` (no condition always holds). */
export function conditionHolds(condition: FieldCondition | undefined, record: unknown): boolean {
  return condition === undefined || read(record, condition.key) === condition.equals;
}

/** Whether a field's own condition holds (its group's is `appliesIn`'s business). */
export function fieldApplies(field: FieldDef, record: unknown): boolean {
  return conditionHolds(field.when, record);
}

/** The group of `form` that holds `field`, if any. */
function groupOf(form: FormDef, field: FieldDef): FieldGroup | undefined {
  return form.groups.find((g) => g.fields.includes(field));
}

/** Whether `field` of `form` applies to `record`: its group's condition and its own hold. */
export function appliesIn(form: FormDef, field: FieldDef, record: unknown): boolean {
  return conditionHolds(groupOf(form, field)?.when, record) && fieldApplies(field, record);
}

/** The groups of `form` that apply to `record`, each with its fields that apply, in PASS order. */
export function applicableGroups(form: FormDef, record: unknown): { group: FieldGroup; fields: FieldDef[] }[] {
  return form.groups
    .filter((group) => conditionHolds(group.when, record))
    .map((group) => ({ group, fields: group.fields.filter((f) => fieldApplies(f, record)) }));
}

/** The fields of `form` that apply to `record`, in PASS order. */
export function applicableFields(form: FormDef, record: unknown): FieldDef[] {
  return applicableGroups(form, record).flatMap((g) => g.fields);
}
