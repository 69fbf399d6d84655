/**
 * « Identique à l'employeur »: the establishment's address block copied from the employer's
 * (PASS pre-fills it the same way). Only the fields both records share are copied.
 */
import type { DossierRecord } from '../dossier';

/** The établissement record with the employer's shared values copied in (box left as is). */
export function copyFromEmployer(etablissement: DossierRecord, employeur: DossierRecord): DossierRecord {
  const out: DossierRecord = { ...etablissement };
  for (const key of Object.keys(etablissement)) {
    if (key === 'identiqueEmployeur') continue;
    if (Object.hasOwn(employeur, key)) out[key] = employeur[key] as string | boolean;
  }
  return out;
}
