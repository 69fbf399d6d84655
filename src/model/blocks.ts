/**
 * Field blocks PASS repeats on several screens: the address block (employeur, établissement,
 * « Externe » coordinates of CES/MDT/PCR) and the person block (représentant légal, CES, MDT,
 * PCR). Each block is written once here and instantiated with the differences PASS shows.
 */
import type { FieldCondition, FieldDef } from './types';

/** Options of « Civilité », as PASS shows them. */
const CIVILITES = [
  { value: 'M.', label: 'M.' },
  { value: 'Mme.', label: 'Mme.' },
] as const;

/** What differs between PASS's address blocks. */
export interface AddressOptions {
  /** `autocomplete` section name (`section-<name>`), so browsers keep addresses apart. */
  section: string;
  /** « Raison sociale ou nom » is required (employeur only). */
  raisonSocialeRequired: boolean;
  /** « Pays » is required (employeur, établissement; not the « Externe » blocks). */
  paysRequired: boolean;
  /** Applies only under this condition (the « Externe » box ticked). */
  when?: FieldCondition;
}

/**
 * The address block: « Raison sociale ou nom », « Numéro SIRET », « Adresse Postale », « Code
 * Postal », « Ville », « Cedex », « Pays » with « Etranger », « Téléphone », « Télécopie ».
 */
export function addressFields(o: AddressOptions): FieldDef[] {
  const s = `section-${o.section}`;
  const w = o.when ? { when: o.when } : {};
  return [
    { key: 'raisonSociale', label: 'Raison sociale ou nom', instruction: 'Saisissez la raison sociale ou le nom.', kind: 'text', required: o.raisonSocialeRequired, autocomplete: `${s} organization`, check: 'texte', capitals: true, hint: 'Telle qu’inscrite au registre (K-bis ou avis de situation SIRENE), par exemple Cabinet dentaire Martin.', ...w },
    { key: 'siret', label: 'Numéro SIRET', instruction: 'Saisissez le numéro SIRET de 14\u00a0chiffres.', kind: 'text', required: true, autocomplete: 'off', check: 'siret', inputMode: 'numeric', hint: '14 chiffres, espaces permis, par exemple 732 829 320 00074.', ...w },
    { key: 'adresse', label: 'Adresse Postale', instruction: 'Saisissez l’adresse postale.', kind: 'text', required: true, autocomplete: `${s} street-address`, check: 'texte', hint: 'Numéro et voie, par exemple 12 rue de la Paix.', ...w },
    { key: 'codePostal', label: 'Code Postal', instruction: 'Saisissez le code postal.', kind: 'text', required: true, autocomplete: `${s} postal-code`, check: 'codePostal', dependsOn: 'etranger', inputMode: 'numeric', hint: '5 chiffres en France, par exemple 75002 ou 20000 en Corse.', ...w },
    { key: 'ville', label: 'Ville', instruction: 'Saisissez la ville.', kind: 'text', required: true, autocomplete: `${s} address-level2`, check: 'ville', capitals: true, hint: 'Nom de la commune, sans le code postal, par exemple Lyon.', ...w },
    { key: 'cedex', label: 'Cedex', kind: 'text', required: false, autocomplete: 'off', check: 'texte', hint: 'Seulement si le courrier est distribué en CEDEX, par exemple 08.', ...w },
    { key: 'pays', label: 'Pays', instruction: 'Saisissez le pays.', kind: 'text', required: o.paysRequired, autocomplete: `${s} country-name`, check: 'texte', defaultValue: 'France', hint: 'France par défaut.', ...w },
    { key: 'etranger', label: 'Etranger', kind: 'checkbox', required: false, autocomplete: 'off', defaultValue: false, hint: 'À cocher si l’adresse n’est pas en France.', ...w },
    { key: 'telephone', label: 'Téléphone', kind: 'tel', required: false, autocomplete: `${s} tel`, check: 'telephone', inputMode: 'tel', hint: 'Par exemple 01 23 45 67 89.', ...w },
    { key: 'telecopie', label: 'Télécopie', kind: 'tel', required: false, autocomplete: `${s} fax tel`, check: 'telephone', inputMode: 'tel', hint: 'Par exemple 01 23 45 67 90.', ...w },
  ];
}

/** Civilité, Nom, Prénom, Courriel, Confirmation courriel — the start of every person block. */
export function personFields(section: string): FieldDef[] {
  const s = `section-${section}`;
  return [
    { key: 'civilite', label: 'Civilité', kind: 'radio', required: true, autocomplete: 'off', options: CIVILITES },
    { key: 'nom', label: 'Nom', instruction: 'Saisissez le nom de famille.', kind: 'text', required: true, autocomplete: `${s} family-name`, check: 'texte', capitals: true, hint: 'Nom de famille, par exemple DUPONT.' },
    { key: 'prenom', label: 'Prénom', instruction: 'Saisissez le prénom.', kind: 'text', required: true, autocomplete: `${s} given-name`, check: 'texte', capitals: true, hint: 'Par exemple Claire.' },
    { key: 'courriel', label: 'Courriel', instruction: 'Saisissez l’adresse électronique.', kind: 'email', required: true, autocomplete: `${s} email`, check: 'email', inputMode: 'email', hint: 'Par exemple claire.dupont@exemple.fr.' },
    { key: 'confirmationCourriel', label: 'Confirmation courriel', instruction: 'Confirmez le courriel.', kind: 'email', required: true, autocomplete: 'off', check: 'emailConfirmation', dependsOn: 'courriel', inputMode: 'email', hint: 'Saisissez à nouveau le même courriel.' },
  ];
}

/** « N° habilitation SISERI »: optional, free text (no public format). */
export const habilitationField: FieldDef = {
  key: 'habilitation',
  label: 'N° habilitation SISERI',
  kind: 'text',
  required: false,
  autocomplete: 'off',
  check: 'habilitation',
  hint: 'Seulement si la personne a déjà un accès à SISERI. Sinon, laissez vide.',
};

/** The « Externe » box of a list entry (« CES Externe », « MDT Externe », « PCR Externe »). */
export function externeField(label: string): FieldDef {
  return {
    key: 'externe',
    label,
    kind: 'checkbox',
    required: false,
    autocomplete: 'off',
    defaultValue: false,
    hint: 'À cocher si la personne dépend d’une autre entreprise : ses coordonnées sont alors demandées.',
  };
}
