/** A complete, valid dossier for the checks' and status tests, values written by hand. */
import { SCREENS } from '../../src/model';
import type { FormDef } from '../../src/model';
import { emptyDossier, emptyRecord, type DossierData, type DossierRecord } from '../../src/lib/dossier';

/** The form stored under `key`. */
export function formOf(key: string): FormDef {
  const form = SCREENS.find((s) => s.form?.key === key)?.form;
  if (!form) throw new Error(`no form ${key}`);
  return form;
}

/** A valid list entry (person) of the list form `key`. */
export function person(key: 'ces' | 'mdt' | 'pcr', prenom: string, nom: string, courriel: string): DossierRecord {
  return { ...emptyRecord(formOf(key)), civilite: 'Mme.', nom, prenom, courriel, confirmationCourriel: courriel };
}

/** A dossier every check accepts without any issue. */
export function validDossier(): DossierData {
  const d = emptyDossier();
  d.employeur = {
    ...(d.employeur as DossierRecord),
    protocole: 'entreprise',
    raisonSociale: 'Cabinet dentaire Dupont',
    siret: '732 829 320 00074',
    adresse: '12 rue de la Paix',
    codePostal: '75002',
    ville: 'Paris',
    telephone: '01 23 45 67 89',
  };
  d.representant = {
    ...(d.representant as DossierRecord),
    civilite: 'Mme.',
    nom: 'Dupont',
    prenom: 'Claire',
    courriel: 'claire.dupont@exemple.fr',
    confirmationCourriel: 'Claire.Dupont@exemple.fr',
    telephonePortable: '06 12 34 56 78',
    habilitation: '',
  };
  d.etablissement = {
    ...(d.etablissement as DossierRecord),
    siret: '443 061 841 00047',
    adresse: '8 rue de Londres',
    codePostal: '75009',
    ville: 'Paris',
  };
  d.pieces = { justificatif: 'kbis', justificatifPret: true, pieceIdentite: true };
  d.ces = [person('ces', 'Paul', 'Martin', 'paul.martin@exemple.fr')];
  d.pcr = [person('pcr', 'Awa', 'Diallo', 'awa.diallo@exemple.fr')];
  d.travailleurs = { exposes: 'oui', inb: 'non', domaine: 'civil', activite: '102000' };
  return d;
}
