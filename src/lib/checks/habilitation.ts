/**
 * « N° habilitation SISERI »: free text with no public format, never an error (only the
 * special-character warning of `texte`). Left empty, it makes PASS ask for confirmation
 * (`CONFIRMATIONS['habilitation-vide']` in the model): `needsHabilitationConfirmation` tells when.
 */
import { habilitationField } from '../../model/blocks';
import { checkTexte } from './texte';
import type { Issue } from './types';
import { isBlank, read } from './value';

/** Checks a « N° habilitation SISERI »: warnings only. */
export function checkHabilitation(value: string): Issue[] {
  return checkTexte(value);
}

/** Whether PASS will ask « Vous n'avez pas renseigné de n° d'habilitation… » for this person's record. */
export function needsHabilitationConfirmation(record: unknown): boolean {
  return isBlank(read(record, habilitationField.key));
}
