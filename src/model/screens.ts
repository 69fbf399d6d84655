/**
 * The PASS wizard, screen by screen, in order: the spine of the site. Labels, buttons, check-box
 * sentences and pop-up texts are PASS's, verbatim from the seed guide (PASS version
 * `PASS_VERSION`). Step titles and hints are ours.
 */
import { ACCES_SCREENS } from './screens/acces';
import { ENTREPRISE_SCREENS } from './screens/entreprise';
import { PERSONNES_SCREENS } from './screens/personnes';
import { SIGNATURE_SCREENS } from './screens/signature';
import type { Confirmation, ScreenDef } from './types';

/** The PASS version shown on the seed's screens: the version this guide describes. */
export const PASS_VERSION = '2.0.2';

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

/**
 * The 14 screens, in PASS order. Each screen is described in `screens/`: `acces.ts` (1–4),
 * `entreprise.ts` (5–8), `personnes.ts` (9–12), `signature.ts` (13–14).
 */
export const SCREENS: readonly ScreenDef[] = [...ACCES_SCREENS, ...ENTREPRISE_SCREENS, ...PERSONNES_SCREENS, ...SIGNATURE_SCREENS];
