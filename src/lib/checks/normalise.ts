/**
 * Normalisations shared by the checks and the PASS form of a value (`view/pass-form.ts`), kept
 * apart from the rules so that the copy buttons can use them without the checks' French table.
 */
import { textOf } from './value';

/** The SIRET without the spaces (any Unicode white space) and dots people type or paste. */
export function normaliseSiret(value: string): string {
  return textOf(value).replace(/[\s.]/g, '');
}
