/**
 * Lookups on a single form that need nothing else of the model, so client code can use them
 * without bundling every screen.
 */
import type { FieldDef, FormDef } from './types';

/** Fields of a form, in order, flattened from its groups. */
export function formFields(form: FormDef): FieldDef[] {
  return form.groups.flatMap((g) => g.fields);
}
