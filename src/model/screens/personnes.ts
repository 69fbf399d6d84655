/**
 * Screens 9 to 12 of PASS: the lists of people given access to SISERI (correspondants employeur,
 * médecins du travail, PCR) and the exposed workers with the main activity.
 */
import { ACTIVITY_DOMAINS } from '../activites';
import { personFields } from '../blocks';
import { LIST_WARNING, PASS_WINDOW_TITLE, columns, externeGroup, identifiantGroup, nav } from './parts';
import type { ScreenDef } from '../types';

/** Screens 9 to 12, in PASS order: CES, médecin du travail, PCR, workers. */
export const PERSONNES_SCREENS: readonly ScreenDef[] = [
  {
    number: 9,
    slug: 'correspondant-employeur',
    title: 'Désigner le ou les correspondants employeur (CES)',
    passTitle: PASS_WINDOW_TITLE,
    instruction: 'Renseignez les informations concernant le correspondant employeur pour SISERI',
    mock: [{ kind: 'form' }, { kind: 'button', label: 'Ajouter', highlight: true }, ...nav()],
    form: {
      kind: 'list',
      key: 'ces',
      min: 1,
      listTitle: 'Liste des correspondants employeur pour SISERI (CES)',
      entryTitle: 'Ajouter ou modifier un correspondant employeur pour SISERI',
      entryNoun: 'correspondant',
      entryNounIndefinite: 'un correspondant',
      columns: columns(),
      warning: LIST_WARNING,
      groups: [
        { id: 'personne', legend: 'Ajouter ou modifier un correspondant employeur pour SISERI', fields: personFields('ces') },
        identifiantGroup(),
        externeGroup('CES'),
      ],
    },
    confirmations: ['habilitation-vide'],
  },
  {
    number: 10,
    slug: 'medecin-du-travail',
    title: 'Désigner le médecin du travail (facultatif)',
    passTitle: PASS_WINDOW_TITLE,
    instruction: 'Renseignez les coordonnées du médecin de travail (pas obligatoire)',
    mock: [{ kind: 'form' }, { kind: 'button', label: 'Ajouter', highlight: true }, ...nav()],
    form: {
      kind: 'list',
      key: 'mdt',
      min: 0,
      listTitle: 'Liste des médecins du travail (MDT)',
      entryTitle: 'Ajouter ou modifier un médecin du travail',
      entryNoun: 'médecin du travail',
      entryNounIndefinite: 'un médecin du travail',
      columns: columns(),
      warning: LIST_WARNING,
      groups: [
        { id: 'personne', legend: 'Ajouter ou modifier un médecin du travail', fields: personFields('mdt') },
        identifiantGroup([
          {
            key: 'rpps',
            label: 'RPPS (ou Adeli)',
            kind: 'text',
            required: false,
            autocomplete: 'off',
            check: 'rpps',
            // Letters too: Adeli numbers of Corsica start with « 2A » or « 2B ».
            inputMode: 'text',
            hint: 'RPPS : 11 chiffres, par exemple 10001234567. Adeli : 9 caractères.',
          },
        ]),
        externeGroup('MDT'),
      ],
    },
    confirmations: ['sans-medecin', 'habilitation-vide'],
  },
  {
    number: 11,
    slug: 'pcr',
    title: 'Désigner la ou les personnes compétentes en radioprotection (PCR)',
    passTitle: PASS_WINDOW_TITLE,
    instruction: 'Renseignez les coordonnées du PCR (obligatoire)',
    mock: [{ kind: 'form' }, { kind: 'button', label: 'Ajouter', highlight: true }, ...nav()],
    form: {
      kind: 'list',
      key: 'pcr',
      min: 1,
      listTitle: 'Liste des personnes compétentes en radioprotection',
      entryTitle: 'Ajouter ou modifier une personne compétente en radioprotection',
      entryNoun: 'personne compétente',
      entryNounIndefinite: 'une personne compétente',
      columns: columns([{ label: 'Envoi', field: 'envoiInfos' }]),
      warning: LIST_WARNING,
      groups: [
        {
          id: 'personne',
          legend: 'Ajouter ou modifier une personne compétente en radioprotection',
          fields: [
            ...personFields('pcr'),
            {
              key: 'envoiInfos',
              label: 'Envoi des informations dosimétriques',
              kind: 'checkbox',
              required: false,
              autocomplete: 'off',
              defaultValue: false,
              hint: 'Case de PASS : cochez-la si cette personne doit recevoir les informations dosimétriques.',
            },
          ],
        },
        identifiantGroup(),
        externeGroup('PCR'),
      ],
    },
    confirmations: ['habilitation-vide'],
  },
  {
    number: 12,
    slug: 'travailleurs',
    title: 'Décrire les travailleurs exposés et l’activité principale',
    passTitle: PASS_WINDOW_TITLE,
    instruction: "Complétez les informations relatives aux travailleurs de l'établissement en question",
    mock: [
      { kind: 'form' },
      { kind: 'text', tone: 'note', text: 'Numéro à indiquer en cas de réclamation : 202106554' },
      { kind: 'button', label: 'Précédent' },
      { kind: 'button', label: 'Annuler' },
      { kind: 'button', label: 'Confirmez les données saisies et procédez à la signature électronique', highlight: true },
    ],
    form: {
      kind: 'record',
      key: 'travailleurs',
      groups: [
        {
          id: 'exposition',
          legend: 'Les travailleurs de votre établissement sont exposés aux rayonnements ionisants',
          fields: [
            {
              key: 'exposes',
              mockLabel: 'plain',
              label: 'Au sein de votre établissement',
              shortLabel: 'Travailleurs exposés dans l’établissement',
              kind: 'radio',
              required: true,
              autocomplete: 'off',
              options: [
                { value: 'oui', label: 'Oui' },
                { value: 'non', label: 'Non' },
              ],
            },
            {
              key: 'inb',
              mockLabel: 'plain',
              label: 'Si oui, votre établissement est une INB (installation nucléaire de base)',
              shortLabel: 'Établissement INB',
              kind: 'radio',
              required: true,
              autocomplete: 'off',
              when: { key: 'exposes', equals: 'oui' },
              options: [
                { value: 'oui', label: 'Oui' },
                { value: 'non', label: 'Non' },
              ],
              hint: 'Un cabinet dentaire, vétérinaire ou de radiologie n’est pas une INB : répondez Non.',
            },
          ],
        },
        {
          id: 'activite',
          legend: 'Activités entraînant une exposition aux rayonnements de vos travailleurs',
          fields: [
            {
              key: 'domaine',
              mockLabel: 'hidden',
              label: 'Domaine',
              kind: 'radio',
              required: true,
              autocomplete: 'off',
              options: [
                { value: 'civil', label: 'Domaine civil' },
                { value: 'militaire', label: 'Domaine militaire' },
              ],
            },
            {
              key: 'activite',
              mockLabel: 'plain',
              label: "et choisir l'activité principale dans la liste ci-dessous",
              shortLabel: 'Activité principale',
              kind: 'select',
              required: true,
              autocomplete: 'off',
              optionGroups: ACTIVITY_DOMAINS,
              hint: 'Par exemple « Soins dentaires » pour un cabinet dentaire.',
            },
          ],
        },
      ],
    },
  },
];
