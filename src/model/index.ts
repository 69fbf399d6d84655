/**
 * Entry point of the PASS model: the screens, and lookups derived from them. Import from here.
 */
import { fieldId } from './fields';
import { SCREENS } from './screens';
import type { FieldDef, FieldGroup, FormDef, ScreenDef } from './types';

export { formFields, fieldId, fieldAnchor } from './fields';

export * from './types';
export { SCREENS, CONFIRMATIONS, PASS_VERSION } from './screens';
export { ACTIVITY_DOMAINS } from './activites';
export { PASS_RISKY_SYMBOLS, PASS_SAFE_SIGNS } from './characters';
export { MAX_FIELD_LENGTH, MAX_LIST_ENTRIES, MAX_DOSSIERS } from './limits';

/** Number of steps of the guide (= PASS screens). */
export const STEP_COUNT = SCREENS.length;

/** A field located in the model: its screen, form and group, and its stable id. */
export interface LocatedField {
  /** Stable id, `<form key>-<field key in kebab-case>`; anchors are `#champ-<id>`. */
  id: string;
  /** The field. */
  field: FieldDef;
  /** Its group. */
  group: FieldGroup;
  /** Its form. */
  form: FormDef;
  /** Its screen. */
  screen: ScreenDef;
}

/** Every field of every screen, in PASS order, with its location and id. */
export const ALL_FIELDS: readonly LocatedField[] = SCREENS.flatMap((screen) =>
  screen.form
    ? screen.form.groups.flatMap((group) =>
        group.fields.map((field) => ({ id: fieldId(screen.form!.key, field.key), field, group, form: screen.form!, screen })),
      )
    : [],
);

/** The screen with this slug, or `undefined`. */
export function screenBySlug(slug: string): ScreenDef | undefined {
  return SCREENS.find((s) => s.slug === slug);
}

/** The screens that carry a form, in order. */
export const FORM_SCREENS: readonly ScreenDef[] = SCREENS.filter((s) => s.form);

/** URL path (without base) of a step page. */
export function stepPath(screen: Pick<ScreenDef, 'slug'>): string {
  return `/etapes/${screen.slug}/`;
}
