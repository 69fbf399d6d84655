/**
 * The PASS wizard, screen by screen, in order: the spine of the site. Labels, buttons, check-box
 * sentences and pop-up texts are PASS's, verbatim from the seed guide (PASS version
 * `PASS_VERSION`). Step titles and hints are ours.
 */
import { PASS_SPECIAL_CHARACTERS_NOTE } from './characters';
import { ACTIVITY_DOMAINS } from './activites';
import { addressFields, externeField, habilitationField, personFields } from './blocks';
import type { Confirmation, FieldGroup, ListColumn, MockElement, ScreenDef } from './types';

/** The PASS version shown on the seed's screens: the version this guide describes. */
export const PASS_VERSION = '2.0.2';

/** Title PASS shows at the top of every wizard screen. */
const PASS_WINDOW_TITLE = "Protocole d'accès Sécurisé à SISERI - Annexe 1";

/** « Un identifiant est demandé… », the line PASS prints above « N° habilitation SISERI ». */
const IDENTIFIANT_LEGEND = 'Un identifiant est demandé pour être reconnu dans SISERI';

/** PASS's warning under each list of people. */
const LIST_WARNING = "Attention : toute personne non retirée de cette liste conservera l'accès à SISERI";

/** PASS's list table columns; `extra` goes before « Supprimer » (the PCR's « Envoi »). */
const columns = (extra: ListColumn[] = []): ListColumn[] => [
  { label: 'Nom', field: 'nom' },
  { label: 'Prénom', field: 'prenom' },
  { label: 'N° habilitation SISERI', field: 'habilitation' },
  { label: 'Courriel', field: 'courriel' },
  { label: 'Coordonnées', field: 'externe' },
  ...extra,
  { label: 'Supprimer' },
];

/** PASS's navigation buttons at the bottom of a wizard screen. */
const nav = (highlightNext = true): MockElement[] => [
  { kind: 'button', label: 'Précédent' },
  { kind: 'button', label: 'Suivant', highlight: highlightNext },
  { kind: 'button', label: 'Annuler' },
];

/** « Un identifiant est demandé… » block with « N° habilitation SISERI » (and extras). */
const identifiantGroup = (extra: FieldGroup['fields'] = []): FieldGroup => ({
  id: 'identifiant',
  legend: IDENTIFIANT_LEGEND,
  fields: [habilitationField, ...extra],
});

/** The « Coordonnées … : X Externe » block of a list entry. */
const externeGroup = (who: 'CES' | 'MDT' | 'PCR'): FieldGroup => ({
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

/** PASS's confirmation pop-ups, word for word. */
export const CONFIRMATIONS: Readonly<Record<string, Confirmation>> = {
  'habilitation-vide': {
    id: 'habilitation-vide',
    paragraphs: [
      "Vous n'avez pas renseigné de n° d'habilitation pour cette personne.",
      "Si elle dispose déjà d'un accès à SISERI, merci de renseigner son n° d'habilitation après avoir cliqué sur ANNULER.",
      "Sinon, dans le cas d'un premier accès, et uniquement dans ce cas, cliquez sur OK.",
      "Rappel : la signature d'un protocole engage la responsabilité de l'employeur quant aux informations renseignées au sujet des personnes déclarées comme ayant accès à SISERI",
    ],
    buttons: ['OK', 'Annuler'],
  },
  'sans-medecin': {
    id: 'sans-medecin',
    paragraphs: ['Souhaitez-vous poursuivre sans désigner de médecin du travail ?'],
    buttons: ['OK', 'Annuler'],
  },
};

/** The 14 screens, in PASS order. */
export const SCREENS: readonly ScreenDef[] = [
  {
    number: 1,
    slug: 'acces-pass',
    title: 'Ouvrir le site SISERI et cliquer sur « Accès PASS »',
    passTitle: "SISERI — Système d'Information de la Surveillance de l'Exposition aux Rayonnements Ionisants",
    siseriSite: true,
    instruction: 'Aller sur le site : https://siseri.irsn.fr/ Cliquez sur « Accès PASS »',
    mock: [
      { kind: 'text', text: 'ACCUEIL | INFORMATIONS | MODALITÉS D\'ACCÈS | SUIVI MÉDICAL | BILANS' },
      { kind: 'heading', text: 'Accès direct à :' },
      { kind: 'link', label: 'Accès PASS', highlight: true },
      { kind: 'link', label: 'Accès SISERI' },
      { kind: 'link', label: 'FAQ' },
    ],
  },
  {
    number: 2,
    slug: 'choix-de-la-demarche',
    title: 'Choisir « Créer un nouveau protocole »',
    passTitle: PASS_WINDOW_TITLE,
    instruction: 'Puis sur suivant dans la catégorie « Créer un nouveau protocole »',
    mock: [
      { kind: 'text', text: 'Vous souhaitez accéder à l\'application PASS pour :' },
      { kind: 'heading', text: 'Créer un nouveau protocole' },
      { kind: 'button', label: 'Suivant', highlight: true },
      { kind: 'heading', text: 'Mettre à jour / renouveler un protocole' },
      { kind: 'input', label: 'Numéro du protocole' },
      { kind: 'input', label: "Nom clé de l'entreprise" },
      { kind: 'button', label: 'Suivant' },
      { kind: 'heading', text: "Obtenir une copie du récépissé de déclaration pour transmission à l'organisme accrédité" },
      { kind: 'input', label: 'Numéro du protocole' },
      { kind: 'input', label: "Nom clé de l'entreprise" },
      { kind: 'input', label: "Adresse mail du représentant légal de l'entreprise enregistrée dans le protocole" },
      { kind: 'button', label: 'Suivant' },
      { kind: 'text', text: 'Si vous avez un doute, merci de contacter SISERI', tone: 'note' },
    ],
  },
  {
    number: 3,
    slug: 'confirmation',
    title: 'Confirmer la demande de création',
    passTitle: PASS_WINDOW_TITLE,
    instruction: 'Cochez la case « Je confirme ma demande de création » et cliquez sur « suivant »',
    mock: [
      { kind: 'heading', text: 'Attention' },
      { kind: 'text', text: "La procédure que vous avez choisie concerne une demande initiale de création d'un protocole." },
      { kind: 'text', text: "Dans tous les autres cas, il s'agit de la mise à jour d'un protocole existant :" },
      { kind: 'link', label: "Revenir à l'écran précédent pour modifier vos choix" },
      { kind: 'text', text: 'Si vous avez un doute, merci de contacter SISERI :' },
      { kind: 'text', text: 'par téléphone en appelant le 01 58 35 84 04.' },
      { kind: 'text', text: 'par mail à siseri@irsn.fr' },
      { kind: 'checkbox', label: 'Je confirme ma demande de création', highlight: true },
      ...nav(),
    ],
  },
  {
    number: 4,
    slug: 'protocole',
    title: 'Lire et accepter le protocole',
    passTitle: PASS_WINDOW_TITLE,
    instruction:
      "Lisez, cochez la case « Je reconnais avoir pris connaissance du protocole d'accès sécurisé SISERI » puis cliquez sur « suivant »",
    mock: [
      { kind: 'text', text: "L'IRSN se réserve le droit de modifier de manière unilatérale le présent Protocole en cas de modification des modalités techniques, juridiques ou financières d'accès au système d'information SISERI." },
      { kind: 'heading', text: 'ARTICLE 10 - REGLEMENT DES DIFFERENDS' },
      { kind: 'text', text: "L'IRSN et l'employeur s'efforceront de résoudre à l'amiable tout différend né de l'exécution du présent Protocole ou de l'utilisation du système d'information SISERI." },
      { kind: 'checkbox', label: "Je reconnais avoir pris connaissance du protocole d'accès sécurisé à SISERI", highlight: true },
      ...nav(),
    ],
  },
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
  {
    number: 13,
    slug: 'signature',
    title: 'Vérifier et signer avec le code reçu par SMS',
    passTitle: 'Confirmez les données saisies et procédez à la signature électronique',
    instruction:
      'Saisissez le code reçu par SMS, cochez la case en surbrillance puis cliquez sur « Ajouter la signature électronique »',
    mock: [
      { kind: 'heading', text: "ANNEXE 1 AU PROTOCOLE D'ACCES SECURISE A SISERI — Type A" },
      { kind: 'text', text: "IDENTIFICATION DE L'EMPLOYEUR ET DE SES ACCEDANTS AU SYSTEME SISERI" },
      { kind: 'checkbox', label: "Le représentant légal de l'entreprise reconnaît avoir pris connaissance du protocole d'accès au système d'information SISERI et déclare l'avoir accepté.", highlight: true },
      { kind: 'input', label: 'veuillez saisir le code de destination reçu par SMS', highlight: true },
      { kind: 'button', label: 'Ajouter la signature électronique', highlight: true },
      { kind: 'button', label: 'Annuler' },
    ],
  },
  {
    number: 14,
    slug: 'apres-la-creation',
    title: 'Après la création : ajouter les porteurs',
    passTitle: "Le protocole SISERI est créé. Il ne reste plus qu'à ajouter les porteurs.",
    instruction: "Le protocole SISERI est créé. Il ne reste plus qu'à ajouter les porteurs.",
    mock: [{ kind: 'text', tone: 'banner', text: "Le protocole SISERI est créé. Il ne reste plus qu'à ajouter les porteurs." }],
    afterCreation: true,
    form: {
      kind: 'record',
      key: 'suivi',
      groups: [
        {
          id: 'references',
          legend: 'Références données par PASS',
          fields: [
            { key: 'numeroReclamation', label: 'Numéro à indiquer en cas de réclamation', kind: 'text', required: false, autocomplete: 'off', guideOnly: true, check: 'texte', hint: 'Affiché par PASS en bas de l’écran des travailleurs, par exemple 202106554.' },
            { key: 'numeroProtocole', label: 'Numéro du protocole', kind: 'text', required: false, autocomplete: 'off', guideOnly: true, check: 'texte', hint: 'Nécessaire pour toute mise à jour, tout renouvellement et pour obtenir une copie du récépissé.' },
            { key: 'nomCle', label: "Nom clé de l'entreprise", kind: 'text', required: false, autocomplete: 'off', guideOnly: true, check: 'texte', hint: 'Donné par PASS avec le numéro du protocole ; à conserver avec l’Annexe 1.' },
          ],
        },
      ],
    },
  },
];
