/**
 * Links to public company proofs for a SIRET, which the user opens themselves (never fetched by
 * this site): the INSEE avis de situation search and the Annuaire des Entreprises pages.
 */
import { isSiretValid, normaliseSiret, sirenFromSiret } from '../checks/siret';

/** Links for a SIRET, or `undefined` when it is not a valid SIRET. */
export interface ProofLinks {
  /** The 9-digit SIREN. */
  siren: string;
  /** The 14-digit SIRET, normalised. */
  siret: string;
  /** INSEE's avis de situation search (enter the SIREN there). */
  avisSituation: string;
  /** Annuaire des Entreprises: the company's proofs page (justificatif). */
  justificatif: string;
  /** Annuaire des Entreprises: the establishment page. */
  etablissement: string;
}

/** Proof links for `siret`, or `undefined` if it is not valid. */
export function proofLinks(siret: unknown): ProofLinks | undefined {
  if (typeof siret !== 'string' || !isSiretValid(siret)) return undefined;
  const s = normaliseSiret(siret);
  const siren = sirenFromSiret(s)!;
  return {
    siren,
    siret: s,
    avisSituation: 'https://avis-situation-sirene.insee.fr/',
    justificatif: `https://annuaire-entreprises.data.gouv.fr/justificatif/${siren}`,
    etablissement: `https://annuaire-entreprises.data.gouv.fr/etablissement/${s}`,
  };
}
