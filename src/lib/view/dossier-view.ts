/**
 * THE derived view of a dossier: for a dossier and the model, the steps with a form, the records
 * (one, or one per list entry), the groups and fields that apply (group and field `when` both
 * honoured), and for each field its ids, links, short label, value as shown and PASS form.
 * Computed once per dossier; the summary, the Annexe 1 PDF and the tests read it, the checks
 * and the island share its rule (`applies.ts`) and its ids (`ids.ts`). Pure: no DOM.
 */
import { SCREENS } from '../../model/screens';
import { stepPath } from '../../model';
import type { FieldDef, FieldGroup, FormDef, ScreenDef } from '../../model/types';
import type { DossierData, DossierRecord, FieldValue } from '../record';
import { applicableGroups } from './applies';
import { displayValue } from './display';
import { fieldAnchor, fieldHref, fieldId, valueName } from './ids';
import { passForm } from './pass-form';

/** One field that applies to a record. */
export interface FieldView {
  field: FieldDef;
  /** Unique name of the value: `employeur-siret`, `ces-1-courriel` (summary line id, PDF field name). */
  name: string;
  /** Anchor of the field's description in the guide (`champ-employeur-siret`). */
  anchor: string;
  /** Link that opens it on its step page (base path not included). */
  href: string;
  /** Short label for summaries and the PDF (`shortLabel`, else PASS's label). */
  label: string;
  /** The stored value (`undefined` when missing). */
  value: FieldValue | undefined;
  /** As it reads: option label, « Oui »/« Non », the text as typed. */
  display: string;
  /** What to enter in PASS (`passForm`). */
  pass: string;
  /** Whether something is filled in (a ticked box, a non-blank text). */
  filled: boolean;
}

/** A group that applies, with its fields that apply. */
export interface GroupView {
  group: FieldGroup;
  fields: FieldView[];
}

/** One record: the form's record, or one list entry (`n`, 1-based). */
export interface RecordView {
  /** 1-based entry number for list forms; `undefined` for record forms. */
  n?: number;
  record: DossierRecord;
  groups: GroupView[];
}

/** One step with a form. */
export interface StepView {
  screen: ScreenDef;
  form: FormDef;
  /** Path of the step page (base path not included). */
  path: string;
  /** The raw value of the form in the dossier (what the checks read). */
  value: unknown;
  /** One record for a record form, one per entry for a list. */
  records: RecordView[];
}

/** A plain object as a record, anything else as `{}`. */
const asRecord = (v: unknown): DossierRecord => (v && typeof v === 'object' && !Array.isArray(v) ? (v as DossierRecord) : {});

/** The view of one record of `form` (`n`: 1-based entry number of a list). */
function recordView(screen: ScreenDef, form: FormDef, record: DossierRecord, n?: number): RecordView {
  const path = stepPath(screen);
  const groups = applicableGroups(form, record).map(({ group, fields }) => ({
    group,
    fields: fields.map((field): FieldView => {
      const value = record[field.key];
      const pass = value === undefined ? '' : passForm(field, value, record);
      return {
        field,
        name: valueName(form.key, field.key, n),
        anchor: fieldAnchor(fieldId(form.key, field.key)),
        href: fieldHref({ path, slug: screen.slug, formKey: form.key, list: form.kind === 'list', fieldKey: field.key, index: n === undefined ? undefined : n - 1 }),
        label: field.shortLabel ?? field.label,
        value,
        display: displayValue(field, value),
        pass,
        filled: value === true || (typeof value === 'string' && value.trim() !== ''),
      };
    }),
  }));
  return { ...(n === undefined ? {} : { n }), record, groups };
}

/** The view of one step's form. */
function stepView(screen: ScreenDef, form: FormDef, data: DossierData): StepView {
  const value: unknown = data && typeof data === 'object' ? data[form.key] : undefined;
  const records =
    form.kind === 'list'
      ? (Array.isArray(value) ? value : []).map((e, i) => recordView(screen, form, asRecord(e), i + 1))
      : [recordView(screen, form, asRecord(value))];
  return { screen, form, path: stepPath(screen), value, records };
}

/** The view of the whole dossier: every step with a form, in PASS order. */
export function dossierView(data: DossierData, screens: readonly ScreenDef[] = SCREENS): StepView[] {
  return screens.flatMap((screen) => (screen.form ? [stepView(screen, screen.form, data)] : []));
}

/** Every field that applies in a step, records and groups flattened, in PASS order. */
export function stepFields(step: StepView): FieldView[] {
  return step.records.flatMap((r) => r.groups.flatMap((g) => g.fields));
}
