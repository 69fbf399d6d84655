/**
 * The status of each step, for the step-navigation badges, and whether the dossier is ready.
 *
 * - `vide`: not started — the screen has no form, or every value of its record equals the field's
 *   default (missing keys count as default), or its list has no entry.
 * - `complet`: started and no error (warnings allowed).
 * - `erreurs`: some error is on a value that is filled in (an invalid SIRET, a mismatched
 *   confirmation): something to fix.
 * - `en-cours`: started, no error on a filled value, but some required value is still blank or a
 *   list has too few entries: something to finish.
 *
 * Dependencies (this module ships with the form islands): the one form's fields,
 * `dossier.ts` (field defaults), and the checks (`checks/record.ts`, hence every rule and the
 * checks' French table) — no zod, no DOM.
 */
import { formFields } from '../model/fields';
import type { FormDef, ScreenDef } from '../model/types';
import { checkForm } from './checks/record';
import type { IssueLocation } from './checks/types';
import { isBlank, listLength, read } from './checks/value';
import { defaultValue } from './record';
import type { StepStatus } from '../i18n/status.fr';

/** A step's status (see the module comment): one type, in `i18n/status.fr.ts`. */
export type { StepStatus };

/** Whether a form's value is untouched: an empty list, or a record whose every value is the default. */
function untouched(form: FormDef, value: unknown): boolean {
  if (form.kind === 'list') return listLength(value) === 0;
  return formFields(form).every((f) => {
    const v = read(value, f.key);
    return v === undefined || v === defaultValue(f);
  });
}

/** Whether the value an issue is about is filled in (list-level issues are about missing entries). */
function filledAt(form: FormDef, value: unknown, at: IssueLocation): boolean {
  if (at.fieldKey === undefined) return false;
  const record = form.kind === 'list' ? read(value, at.index ?? -1) : value;
  return !isBlank(read(record, at.fieldKey));
}

/** The status of `screen`'s step for the dossier `data` (any value: missing parts count as empty). */
export function stepStatus(screen: ScreenDef, data: unknown): StepStatus {
  const form = screen.form;
  if (!form) return 'vide';
  const value = read(data, form.key);
  if (untouched(form, value)) return 'vide';
  const errors = checkForm(form, value).filter((i) => i.level === 'error');
  if (errors.length === 0) return 'complet';
  return errors.some((e) => filledAt(form, value, e.at)) ? 'erreurs' : 'en-cours';
}
