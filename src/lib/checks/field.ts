/**
 * The dispatcher for one field of one record: presence (the model's `required` flag), the
 * field's options, then the field's rule with its `dependsOn` sibling.
 */
import { checkMessage } from '../../i18n/checks.fr';
import type { FieldDef } from '../../model/types';
import { conditionHolds } from '../view/applies';
import { checkById } from './registry';
import { error, warning, type Issue } from './types';
import { MAX_FIELD_LENGTH } from '../../model/limits';
import { read, textOf } from './value';

/** Options are named in a message only if there are at most this many, each at most `MAX_LABEL` long. */
const MAX_NAMED_OPTIONS = 3;
const MAX_LABEL = 60;

/** The option labels, quoted and joined by « ou » (« Oui » ou « Non »), or `undefined` if too many or too long. */
function namedOptions(field: FieldDef): string | undefined {
  const options = field.options ?? [];
  if (options.length === 0 || options.length > MAX_NAMED_OPTIONS || options.some((o) => o.label.length > MAX_LABEL)) return undefined;
  return options.map((o) => checkMessage('check.text.char', { char: o.label })).join(` ${checkMessage('check.option.or')} `);
}

/** Every allowed value of a radio or select, or `undefined` when the field has no options. */
function optionValues(field: FieldDef): string[] | undefined {
  if (field.options) return field.options.map((o) => o.value);
  if (field.optionGroups) return field.optionGroups.flatMap((g) => g.options.map((o) => o.value));
  return undefined;
}

/** The message for a required field left blank: the model's instruction, or one named by kind (never the hint again). */
function requiredMessage(field: FieldDef): string {
  if (field.kind === 'checkbox') return checkMessage('check.required.checkbox');
  if (field.instruction) return checkMessage('check.required', { instruction: field.instruction });
  const options = namedOptions(field);
  if (options) return checkMessage('check.required.choice', { options });
  const label = field.shortLabel ?? field.label;
  if (field.kind === 'radio') return checkMessage('check.required.radio', { label });
  if (field.kind === 'select') return checkMessage('check.required.select', { label });
  return checkMessage('check.required.text', { label });
}

/** The message for a value that is none of the field's options. */
function unknownOptionMessage(field: FieldDef): string {
  const options = namedOptions(field);
  return options ? checkMessage('check.option.unknown', { options }) : checkMessage('check.option.unknownInList');
}

/**
 * The issues of `field` in `record` (any value: missing keys and wrong types count as blank).
 * A field whose `when` condition fails is skipped; a blank optional field is fine; a required
 * check box must be ticked.
 */
export function checkField(field: FieldDef, record: unknown): Issue[] {
  if (!conditionHolds(field.when, record)) return [];
  const value = read(record, field.key);
  if (field.kind === 'checkbox') return field.required && value !== true ? [error(requiredMessage(field))] : [];
  const text = textOf(value);
  if (text.trim() === '') return field.required ? [error(requiredMessage(field))] : [];
  const allowed = optionValues(field);
  if (allowed && !allowed.includes(text)) return [error(unknownOptionMessage(field))];
  // The field's `maxlength` stops typing at the limit and cuts a longer paste: say so.
  if (text.length > MAX_FIELD_LENGTH) return [error(checkMessage('check.limit.tooLong', { max: '2\u202f000', length: text.length }))];
  if (text.length === MAX_FIELD_LENGTH) return [warning(checkMessage('check.limit.reached', { max: '2\u202f000' }))];
  const check = checkById(field.check);
  return check ? check(text, field.dependsOn === undefined ? undefined : read(record, field.dependsOn)) : [];
}
