/**
 * What the PASS wizard's screens share: the window title, the navigation buttons, the lists of
 * people's columns and warning, the « identifiant » and « Externe » blocks. Verbatim from PASS.
 */
import { addressFields, externeField, habilitationField } from '../blocks';
import type { FieldGroup, ListColumn, MockElement } from '../types';

/** Title PASS shows at the top of every wizard screen. */
export const PASS_WINDOW_TITLE = "Protocole d'accès Sécurisé à SISERI - Annexe 1";

/** « Un identifiant est demandé… », the line PASS prints above « N° habilitation SISERI ». */
const IDENTIFIANT_LEGEND = 'Un identifiant est demandé pour être reconnu dans SISERI';

/** PASS's warning under each list of people. */
export const LIST_WARNING = "Attention : toute personne non retirée de cette liste conservera l'accès à SISERI";

/** PASS's list table columns; `extra` goes before « Supprimer » (the PCR's « Envoi »). */
export const columns = (extra: ListColumn[] = []): ListColumn[] => [
  { label: 'Nom', field: 'nom' },
  { label: 'Prénom', field: 'prenom' },
  { label: 'N° habilitation SISERI', field: 'habilitation' },
  { label: 'Courriel', field: 'courriel' },
  { label: 'Coordonnées', field: 'externe' },
  ...extra,
  { label: 'Supprimer' },
];

/** PASS's navigation buttons at the bottom of a wizard screen. */
export const nav = (highlightNext = true): MockElement[] => [
  { kind: 'button', label: 'Précédent' },
  { kind: 'button', label: 'Suivant', highlight: highlightNext },
  { kind: 'button', label: 'Annuler' },
];

/** « Un identifiant est demandé… » block with « N° habilitation SISERI » (and extras). */
export const identifiantGroup = (extra: FieldGroup['fields'] = []): FieldGroup => ({
  id: 'identifiant',
  legend: IDENTIFIANT_LEGEND,
  fields: [habilitationField, ...extra],
});

/** The « Coordonnées … : X Externe » block of a list entry. */
export const externeGroup = (who: 'CES' | 'MDT' | 'PCR'): FieldGroup => ({
  id: 'externe',
  legend: `Coordonnées (si différentes de celles de l'employeur) : ${who} Externe`,
  fields: [
    externeField(`${who} Externe`),
    ...addressFields({
      section: `${who.toLowerCase()}-externe`,
      raisonSocialeRequired: false,
      paysRequired: false,
      when: { key: 'externe', equals: true },
    }),
  ],
});
