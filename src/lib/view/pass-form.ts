/**
 * The PASS form of a value: what to type (or paste) into PASS for a dossier value, whatever the
 * user typed. « Copier », `/recopier/` and the Annexe 1 use it; the forms and the summary keep
 * showing the value as typed. Pure and total: never throws, and applying it twice changes
 * nothing (`passForm(f, passForm(f, v, r), r) === passForm(f, v, r)`).
 *
 * - « Numéro SIRET »: 14 digits, without the spaces and dots people type;
 * - « Code Postal »: 5 digits when the address is in France (« Etranger » not ticked), else
 *   trimmed as typed;
 * - « Téléphone », « Télécopie », « Téléphone portable »: digits without separators, a leading
 *   « + » kept;
 * - « Courriel »: trimmed, lower case;
 * - other text: trimmed;
 * - radios and selects: the option's label as PASS shows it; check boxes: the box's label when
 *   ticked, nothing otherwise.
 */
import type { FieldDef } from '../../model/types';
import { normalisePhone } from '../checks/phone';
import { normaliseSiret } from '../checks/normalise';
import { read, textOf } from '../checks/value';
import type { DossierRecord, FieldValue } from '../record';

/** The label of the option whose value is `value` (flat or grouped options), if any. */
function optionLabel(field: FieldDef, value: string): string | undefined {
  const flat = field.options?.find((o) => o.value === value);
  if (flat) return flat.label;
  for (const group of field.optionGroups ?? []) {
    const option = group.options.find((o) => o.value === value);
    if (option) return option.label;
  }
  return undefined;
}

/** Whether the sibling « Etranger » box this field depends on is ticked. */
function foreign(field: FieldDef, record: DossierRecord | undefined): boolean {
  return field.dependsOn !== undefined && read(record, field.dependsOn) === true;
}

/** The text to enter in PASS for `value` of `field` (`record` holds its siblings, e.g. « Etranger »). */
export function passForm(field: FieldDef, value: FieldValue, record?: DossierRecord): string {
  if (field.kind === 'checkbox') {
    if (value === true) return field.label;
    return typeof value === 'string' ? value.trim() : '';
  }
  // Untrusted data may hold a number where text is expected: it reads as its digits.
  const text = typeof value === 'number' ? String(value) : textOf(value);
  if (field.options || field.optionGroups) return optionLabel(field, text) ?? text.trim();
  switch (field.check) {
    case 'siret':
      return normaliseSiret(text);
    case 'codePostal': {
      const trimmed = text.trim();
      if (foreign(field, record)) return trimmed;
      const compact = trimmed.replace(/\s/g, '');
      return /^\d{5}$/.test(compact) ? compact : trimmed;
    }
    case 'mobile':
    case 'telephone':
      return normalisePhone(text);
    case 'email':
    case 'emailConfirmation':
      return text.trim().toLowerCase();
    default:
      if (field.kind === 'tel') return normalisePhone(text);
      if (field.kind === 'email') return text.trim().toLowerCase();
      return text.trim();
  }
}

/**
 * The PASS form of a control's `value` for « Copier », from the button's JSON spec (`data-copy-pass`
 * in `Field.astro`: the field's `kind` and `check`); the value as
 * typed when the spec is missing or unreadable. `siblingTicked`: whether the sibling box is ticked.
 */
export function passFormForCopy(spec: string | undefined, value: string, siblingTicked: boolean): string {
  let parsed: unknown;
  try {
    parsed = spec ? JSON.parse(spec) : undefined;
  } catch {
    parsed = undefined;
  }
  const kind = read(parsed, 'kind');
  if (typeof kind !== 'string') return value;
  const check = read(parsed, 'check');
  const field = {
    key: 'copie',
    label: '',
    kind,
    required: false,
    autocomplete: 'off',
    ...(typeof check === 'string' ? { check } : {}),
    dependsOn: 'sibling',
  } as FieldDef;
  return passForm(field, value, { sibling: siblingTicked });
}
