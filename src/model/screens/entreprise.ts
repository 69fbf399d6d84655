/**
 * Screens 5 to 8 of PASS: the employer, its legal representative, the workers' establishment and
 * the supporting documents.
 */
import { PASS_SPECIAL_CHARACTERS_NOTE } from '../characters';
import { addressFields, personFields } from '../blocks';
import { PASS_WINDOW_TITLE, identifiantGroup, nav } from './parts';
import type { ScreenDef } from '../types';

/** Screens 5 to 8, in PASS order: employer, legal representative, establishment, documents. */
export const ENTREPRISE_SCREENS: readonly ScreenDef[] = [
  {
    number: 5,
    slug: 'employeur',
    title: "Identifier l'employeur",
    passTitle: PASS_WINDOW_TITLE,
    instruction:
      "Renseignez les coordonnées de l'employeur (les champs avec un astérisque sont obligatoires) puis cliquez sur « suivant »",
    mock: [{ kind: 'link', label: 'Aide' }, { kind: 'form' }, ...nav()],
    form: {
      kind: 'record',
      key: 'employeur',
      groups: [
        {
          id: 'protocole',
          legend: "Protocole d'accès",
          fields: [
            {
              key: 'protocole',
              label: "Protocole d'accès",
              kind: 'radio',
              required: true,
              autocomplete: 'off',
              options: [
                { value: 'entreprise', label: 'Pour une entreprise' },
                { value: 'organisme', label: 'Pour un organisme agréé pour la surveillance dosimétrique' },
              ],
              hint: 'Un employeur (cabinet, clinique, entreprise) choisit « Pour une entreprise ».',
            },
          ],
        },
        {
          id: 'coordonnees',
          legend: 'Employeur (établissement siège ou principal) ou Organisme agréé',
          note: PASS_SPECIAL_CHARACTERS_NOTE,
          fields: addressFields({ section: 'employeur', raisonSocialeRequired: true, paysRequired: true }),
        },
      ],
    },
  },
  {
    number: 6,
    slug: 'representant-legal',
    title: 'Indiquer le représentant légal',
    passTitle: PASS_WINDOW_TITLE,
    instruction:
      "Renseignez les coordonnées du représentant légal de l'entreprise (le n° d'habilitation n'est pas obligatoire) puis cliquez sur « suivant »",
    mock: [
      { kind: 'text', tone: 'warning', text: 'Attention : le téléphone portable à renseigner à cette étape est celui sur lequel on souhaite recevoir le code de validation de la part de SISERI' },
      { kind: 'form' },
      { kind: 'text', tone: 'note', text: "(1) Votre numéro de téléphone n'est pas conservé par l'application. Il sera uniquement utilisé pour vous communiquer le code de validation par SMS à la signature du protocole." },
      ...nav(),
    ],
    confirmations: ['habilitation-vide'],
    form: {
      kind: 'record',
      key: 'representant',
      groups: [
        {
          id: 'personne',
          legend: "Représentant légal de l'entreprise",
          fields: [
            ...personFields('representant'),
            {
              key: 'telephonePortable',
              label: 'Téléphone portable',
              instruction: 'Saisissez le numéro de téléphone portable.',
              kind: 'tel',
              required: true,
              autocomplete: 'section-representant mobile tel',
              check: 'mobile',
              dependsOn: 'portableEtranger',
              inputMode: 'tel',
              hint: 'Il recevra le code SMS de signature. Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
            },
            {
              key: 'portableEtranger',
              label: 'Etranger',
              kind: 'checkbox',
              required: false,
              autocomplete: 'off',
              defaultValue: false,
              hint: 'À cocher pour un numéro de portable étranger, au format international (+32 470 12 34 56).',
            },
          ],
        },
        identifiantGroup(),
      ],
    },
  },
  {
    number: 7,
    slug: 'etablissement',
    title: "Indiquer l'établissement de rattachement des travailleurs",
    passTitle: PASS_WINDOW_TITLE,
    instruction:
      "Renseignez les coordonnées de l'établissement de rattachement des travailleurs (les champs avec un astérisque sont obligatoires) puis cliquez sur « suivant »",
    mock: [{ kind: 'form' }, ...nav()],
    form: {
      kind: 'record',
      key: 'etablissement',
      groups: [
        {
          id: 'prefill',
          legend: 'Pré-remplissage',
          fields: [
            {
              key: 'identiqueEmployeur',
              label: "Identique à l'employeur",
              kind: 'checkbox',
              required: false,
              autocomplete: 'off',
              defaultValue: false,
              guideOnly: true,
              hint: 'Cochez si les travailleurs sont rattachés au même établissement que l’employeur (même SIRET).',
            },
          ],
        },
        {
          id: 'coordonnees',
          legend: "Nom de l'établissement de rattachement des travailleurs",
          note: 'Vous devez prendre connaissance des informations ci-dessous et les rectifier au besoin',
          fields: addressFields({ section: 'etablissement', raisonSocialeRequired: false, paysRequired: true }),
        },
      ],
    },
  },
  {
    number: 8,
    slug: 'pieces-justificatives',
    title: 'Joindre les pièces justificatives',
    passTitle: PASS_WINDOW_TITLE,
    instruction: 'Si le KBIS est disponible, cliquez sur la première possibilité',
    extra: 'proof-links',
    mock: [{ kind: 'link', label: 'Aide' }, { kind: 'form' }, ...nav()],
    form: {
      kind: 'record',
      key: 'pieces',
      groups: [
        {
          id: 'pieces',
          legend: 'Pièces justificatives',
          fields: [
            {
              key: 'justificatif',
              mockLabel: 'hidden',
              label: "Justificatif de l'entreprise",
              kind: 'radio',
              required: true,
              autocomplete: 'off',
              options: [
                { value: 'kbis', label: 'Extrait de l\'inscription au registre du commerce et des sociétés (K ou K-bis)' },
                {
                  value: 'equivalent',
                  label:
                    "Document mentionnant le nom, la dénomination sociale, l'adresse complète et le numéro d'immatriculation au RCS ou au répertoire des métiers ou à une liste ou un tableau d'un ordre professionnel, ou la référence de l'agrément délivré par l'autorité compétente",
                },
              ],
              hint: 'Sans K-bis (profession libérale), choisissez la seconde possibilité et joignez l’avis de situation SIRENE.',
            },
            {
              key: 'justificatifPret',
              label: "J'ai ce justificatif en fichier (PDF ou image), prêt à être joint",
              shortLabel: 'Justificatif prêt à joindre',
              kind: 'checkbox',
              required: true,
              autocomplete: 'off',
              defaultValue: false,
              guideOnly: true,
              mockAs: 'file',
              hint: 'Le fichier reste sur votre ordinateur : ce site ne le lit ni ne l’enregistre.',
            },
            {
              key: 'pieceIdentite',
              label: "Copie de la carte nationale d'identité du représentant légal de l'employeur",
              kind: 'checkbox',
              required: true,
              autocomplete: 'off',
              defaultValue: false,
              mockAs: 'file',
              hint: 'Recto et verso, en fichier prêt à être joint : ce site ne le lit ni ne l’enregistre.',
            },
          ],
        },
      ],
    },
  },
];
