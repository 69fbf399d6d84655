/**
 * Lookups on a single form that need nothing else of the model, so client code can use them
 * without bundling every screen.
 */
import type { FieldDef, FormDef } from './types';

/** Fields of a form, in order, flattened from its groups. */
export function formFields(form: FormDef): FieldDef[] {
  return form.groups.flatMap((g) => g.fields);
}

/** `camelCase` → `kebab-case`. */
export function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Stable id of a field of a form, `<form key>-<field key in kebab-case>` (`employeur-siret`): a
 * public contract (anchors, links support staff send). Every other id, anchor and name is built
 * from it in `src/lib/view/ids.ts`.
 */
export function fieldId(formKey: string, fieldKey: string): string {
  return `${formKey}-${kebab(fieldKey)}`;
}

/** Anchor (without `#`) of a field's description in the guide. */
export function fieldAnchor(id: string): string {
  return `champ-${id}`;
}
