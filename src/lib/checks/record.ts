/**
 * Checks of a whole form: one record (`checkRecord`), a list of records (`checkList`: entries,
 * minimum count, duplicate e-mails), or either (`checkForm`). Issues carry their location.
 */
import { checkMessage } from '../../i18n/checks.fr';
import type { FormDef, ListForm } from '../../model/types';
import { applicableFields } from '../view/applies';
import { comparableEmail } from './email';
import { checkField } from './field';
import { error, warning, type IssueLocation, type LocatedIssue } from './types';
import { MAX_LIST_ENTRIES } from '../../model/limits';
import { listLength, read } from './value';

/** The location of a field, without an `index` key for record forms. */
function location(formKey: string, index: number | undefined, fieldKey?: string): IssueLocation {
  return { formKey, ...(index === undefined ? {} : { index }), ...(fieldKey === undefined ? {} : { fieldKey }) };
}

/** The issues of one record of `form` (`index`: its position when it is a list entry). */
export function checkRecord(form: FormDef, record: unknown, index?: number): LocatedIssue[] {
  return applicableFields(form, record).flatMap((field) =>
    checkField(field, record).map((issue) => ({ ...issue, at: location(form.key, index, field.key) })),
  );
}

/**
 * The issues of a list form: each entry's, « at least `min` entries » on the list itself, and an
 * error on the `email`-checked field of any entry repeating an earlier entry's address.
 */
export function checkList(form: ListForm, records: unknown): LocatedIssue[] {
  const count = listLength(records);
  const issues: LocatedIssue[] = [];
  if (count > MAX_LIST_ENTRIES) issues.push({ ...error(checkMessage('check.limit.listTooLong', { count, max: MAX_LIST_ENTRIES })), at: location(form.key, undefined) });
  else if (count === MAX_LIST_ENTRIES) issues.push({ ...warning(checkMessage('check.limit.listFull', { max: MAX_LIST_ENTRIES })), at: location(form.key, undefined) });
  if (count < form.min) {
    const entry = form.entryNounIndefinite;
    issues.push({ ...error(checkMessage('check.list.min', { entry, min: form.min })), at: location(form.key, undefined) });
  }
  const firstSeen = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const record = read(records, index);
    issues.push(...checkRecord(form, record, index));
    for (const field of applicableFields(form, record).filter((f) => f.check === 'email')) {
      const email = comparableEmail(read(record, field.key));
      if (email === '') continue;
      const key = `${field.key}\u0000${email}`;
      const first = firstSeen.get(key);
      if (first === undefined) firstSeen.set(key, index);
      else issues.push({ ...error(checkMessage('check.list.duplicateEmail', { rank: first + 1 })), at: location(form.key, index, field.key) });
    }
  }
  return issues;
}

/** The issues of a form's value in the dossier: a record, or a list for list forms. */
export function checkForm(form: FormDef, value: unknown): LocatedIssue[] {
  return form.kind === 'list' ? checkList(form, value) : checkRecord(form, value);
}
