/**
 * What a screen mock-up prints for a field: only texts of the seed, i.e. PASS's label verbatim
 * with « * » when PASS marks it required, nothing when PASS shows the choices alone, no
 * asterisk where the seed shows none, and no label for the guide's own fields.
 */
import type { FieldDef } from '../model';

/** The label line a mock-up shows for `f` (may be empty). */
export function mockFieldLabel(f: FieldDef): string {
  if (f.guideOnly || f.mockLabel === 'hidden') return '';
  // PASS prints no asterisk beside a file input or a check box (the seed shows none).
  const starred = f.required && f.mockLabel !== 'plain' && f.mockAs !== 'file' && f.kind !== 'checkbox';
  const star = starred ? ' *' : '';
  return `${f.label}${star}`;
}
