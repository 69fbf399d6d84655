/**
 * Screens 13 and 14 of PASS: the signature with the SMS code, then what PASS gives once the
 * protocol exists.
 */
import type { ScreenDef } from '../types';

/** Screens 13 and 14, in PASS order: signature, after the creation. */
export const SIGNATURE_SCREENS: readonly ScreenDef[] = [
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
