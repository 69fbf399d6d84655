/**
 * Screens 1 to 4 of PASS: from the SISERI site to the accepted protocol, before any value is typed.
 */
import { PASS_WINDOW_TITLE, nav } from './parts';
import type { ScreenDef } from '../types';

/** Screens 1 to 4, in PASS order: « Accès PASS », the choice of procedure, its confirmation, the protocol. */
export const ACCES_SCREENS: readonly ScreenDef[] = [
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
];
