/**
 * zod schemas of the dossier's data, derived from the model (never a list of fields written by
 * hand): one object per record form, one array per list form, a string per text/radio/select
 * field and a boolean per check box. They check the **shape** only, not the content: a dossier in
 * progress (a half-typed SIRET, an unknown option) must still load; the checks judge the content.
 * Used to re-validate stored and imported data. Written with `zod/mini` (zod 4's tree-shakable
 * API): about 5 kB gzipped in the browser, where the classic `zod` import weighs many times more.
 */
import * as z from 'zod/mini';
import { checkMessage } from '../i18n/checks.fr';
import { SCREENS, formFields } from '../model';
import { CHECKLIST_FORM } from '../model/checklist';
import type { FieldDef, FormDef } from '../model/types';
import type { DossierData } from './dossier';
import { defaultValue } from './dossier';

/** A field's value: a boolean for check boxes, a string otherwise; missing → the field's default. */
function fieldSchema(field: FieldDef) {
  const d = defaultValue(field);
  return field.kind === 'checkbox' ? z._default(z.boolean(), d === true) : z._default(z.string(), typeof d === 'string' ? d : '');
}

/** One record of `form`: its fields, unknown keys stripped, missing keys filled with defaults. */
function recordSchema(form: FormDef) {
  return z.object(Object.fromEntries(formFields(form).map((f) => [f.key, fieldSchema(f)])));
}

/** A form's value in the dossier: a record (missing → an empty record) or a list (missing → `[]`). */
function formSchema(form: FormDef) {
  return form.kind === 'list' ? z._default(z.array(recordSchema(form)), () => []) : z.prefault(recordSchema(form), {});
}

/**
 * The whole dossier: the shape of `emptyDossier()`; unknown keys stripped, missing keys filled.
 * Besides the screens' forms, the « Avant de commencer » checklist (`CHECKLIST_FORM`): a dossier
 * stored or exported before it existed loads with nothing ticked.
 */
export const dossierDataSchema = z.object(
  Object.fromEntries([
    ...SCREENS.flatMap((s) => (s.form ? [[s.form.key, formSchema(s.form)]] : [])),
    [CHECKLIST_FORM.key, formSchema(CHECKLIST_FORM)],
  ]),
);

/** Outcome of `parseDossierData`. */
export type ParseResult = { ok: true; data: DossierData } | { ok: false; error: string };

/** « le champ « Numéro SIRET » de l’entrée n° 2 de l’étape « … » »: where a zod issue's path points. */
function describePath(path: readonly PropertyKey[]): string {
  const screen = SCREENS.find((s) => s.form && s.form.key === path[0]);
  if (!screen?.form) return '';
  const step = screen.title;
  const rest = screen.form.kind === 'list' ? path.slice(2) : path.slice(1);
  const field = formFields(screen.form).find((f) => f.key === rest[0]);
  const n = typeof path[1] === 'number' ? path[1] + 1 : undefined;
  if (screen.form.kind === 'list' && n !== undefined) {
    return field ? checkMessage('check.data.entryField', { label: field.label, n, step }) : checkMessage('check.data.entry', { n, step });
  }
  return field ? checkMessage('check.data.field', { label: field.label, step }) : checkMessage('check.data.step', { step });
}

/** The French message for what zod expected at an issue. */
function expectedOf(expected: unknown): string {
  switch (expected) {
    case 'string':
      return checkMessage('check.data.expected.string');
    case 'boolean':
      return checkMessage('check.data.expected.boolean');
    case 'array':
      return checkMessage('check.data.expected.array');
    case 'object':
      return checkMessage('check.data.expected.object');
    default:
      return checkMessage('check.data.expected.other');
  }
}

/** Re-validates stored or imported data: the dossier with defaults filled in, or a French error. Never throws. */
export function parseDossierData(input: unknown): ParseResult {
  let result: ReturnType<typeof dossierDataSchema.safeParse>;
  try {
    result = dossierDataSchema.safeParse(input);
  } catch {
    return { ok: false, error: checkMessage('check.data.notDossier') };
  }
  if (result.success) return { ok: true, data: result.data as DossierData };
  const issue = result.error.issues[0];
  const where = issue ? describePath(issue.path) : '';
  if (!issue || where === '') return { ok: false, error: checkMessage('check.data.notDossier') };
  const expected = issue.code === 'invalid_type' ? issue.expected : undefined;
  return { ok: false, error: checkMessage('check.data.invalid', { where, expected: expectedOf(expected) }) };
}
