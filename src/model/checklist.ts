/**
 * The « Avant de commencer » checklist: what to gather before opening PASS. Not a PASS screen —
 * the guide's own record of the dossier (`preparation`), one check box per item, kept with the
 * dossier's values (same store, export and import, « Effacer mes données »). The page
 * (`content/pages/avant-de-commencer.mdx`) shows each item by its key with `<ChecklistItem>`,
 * which takes the label from here; its details stay in the page.
 */
import type { FieldDef, RecordForm } from './types';

/** One check box of the list: our wording (`guideOnly`), never asked by PASS. */
const item = (key: string, label: string): FieldDef => ({ key, label, kind: 'checkbox', required: false, autocomplete: 'off', guideOnly: true });

/** The checklist as a record of the dossier, in the page's order. */
export const CHECKLIST_FORM: RecordForm = {
  kind: 'record',
  key: 'preparation',
  groups: [
    {
      id: 'documents',
      legend: 'Les documents',
      fields: [item('justificatif', 'Le justificatif de l’entreprise'), item('carteIdentite', 'La carte nationale d’identité du représentant légal')],
    },
    {
      id: 'numeros',
      legend: 'Les numéros',
      fields: [
        item('siretEmployeur', 'Le SIRET de l’employeur'),
        item('siretEtablissement', 'Le SIRET de l’établissement des travailleurs exposés'),
        item('rpps', 'Le numéro RPPS du médecin du travail'),
        item('habilitations', 'Les n° d’habilitation SISERI existants'),
      ],
    },
    {
      id: 'personnes',
      legend: 'Les personnes à désigner',
      fields: [
        item('representant', 'Le représentant légal de l’employeur'),
        item('ces', 'Au moins un correspondant employeur pour SISERI (CES)'),
        item('pcr', 'Au moins un conseiller en radioprotection (PCR)'),
        item('mdt', 'Le médecin du travail (MDT)'),
      ],
    },
    { id: 'telephone', legend: 'Le téléphone portable', fields: [item('portable', 'Le portable du représentant légal, à portée de main')] },
    { id: 'activite', legend: 'L’activité', fields: [item('activite', 'L’exposition des travailleurs et l’activité principale')] },
  ],
};
