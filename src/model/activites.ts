/**
 * The « activité principale » list of PASS's workers screen, grouped by SISERI domain.
 *
 * - Medical and veterinary sectors: PASS's own wording, as the seed guide shows it (PASS wording
 *   wins on the PASS screen, e.g. « Radiologie interventionnelle (bloc opératoire inclus) » where
 *   SISERI 2 says « Pratiques interventionnelles radioguidées »).
 * - Other domains: top-level sectors of SISERI 2's nomenclature (a third-party extract, 2024:
 *   « secondaire »), accents restored. PASS may word them differently.
 *
 * Codes are SISERI's sector codes, stored in the dossier as the option value.
 */
import type { OptionGroup } from './types';

/** Where a group's labels come from: PASS itself, or the SISERI 2 nomenclature. */
export type ActivitySource = 'pass' | 'nomenclature';

/** A domain of activity with its sectors and the source of their wording. */
export interface ActivityDomain extends OptionGroup {
  /** Source of the sector labels. */
  source: ActivitySource;
}

const o = (value: string, label: string) => ({ value, label });

/** Domains and sectors, in PASS order. */
export const ACTIVITY_DOMAINS: readonly ActivityDomain[] = [
  {
    code: '100000',
    label: 'Utilisations médicales et vétérinaires',
    source: 'pass',
    options: [
      o('101000', 'Radiodiagnostic'),
      o('102000', 'Soins dentaires'),
      o('103000', 'Médecine du travail et dispensaires'),
      o('104000', 'Radiologie interventionnelle (bloc opératoire inclus)'),
      o('105000', 'Radiothérapie'),
      o('106000', 'Médecine nucléaire'),
      o('107000', "Laboratoires d'analyse médicale avec radio immunologie"),
      o('108000', 'Irradiation de produits sanguins'),
      o('109000', 'Recherche médicale vétérinaire et pharmaceutique'),
      o('110000', 'Médecine vétérinaire'),
      o('111000', 'Logistique et maintenance du médical (prestataires)'),
      o('112000', 'Autres utilisations médicales et vétérinaires'),
    ],
  },
  {
    code: '200000',
    label: 'Transport de matières radioactives',
    source: 'nomenclature',
    options: [
      o('201000', 'Transport pour le cycle nucléaire'),
      o('202000', 'Transport de sources à usage médical'),
      o('203000', 'Sources à usages divers (industriel, etc.)'),
    ],
  },
  {
    code: '300000',
    label: 'Usages industriels et de services (hors entreprises de transport)',
    source: 'nomenclature',
    options: [
      o('301000', 'Contrôles utilisant des sources de rayonnements'),
      o('302000', 'Soudage par faisceau d’électrons'),
      o('303000', 'Production et conditionnement de radio-isotopes (y compris industrie radio-pharmaceutique)'),
      o('304000', 'Radio-polymérisation et « traitement de surface »'),
      o('305000', 'Stérilisations'),
      o('306000', 'Contrôles pour la sécurité des personnes et des biens'),
      o('307000', 'Détection géologique (Well logging)'),
      o('308000', 'Logistique et maintenance dans le secteur industriel (prestataires)'),
      o('309000', 'Autres usages industriels et de services'),
    ],
  },
  {
    code: '400000',
    label: 'Sources naturelles',
    source: 'nomenclature',
    options: [
      o('401000', 'Aviation'),
      o('402000', 'Mines et traitement des minerais'),
      o('403000', 'Manipulation et stockage de matières premières contenant du thorium ou de l’uranium'),
      o('404000', 'Activités dans un lieu entraînant une exposition au radon et ses descendants'),
      o('405000', 'Industries du gaz, du pétrole et du charbon'),
      o('406000', 'Autres sources naturelles'),
    ],
  },
  {
    code: '500000',
    label: 'Nucléaire',
    source: 'nomenclature',
    options: [
      o('501000', 'Propulsion nucléaire'),
      o('502000', 'Armement'),
      o('503000', 'Extraction et traitement du minerai d’uranium'),
      o('504000', 'Enrichissement et conversion'),
      o('505000', 'Fabrication du combustible'),
      o('506000', 'Réacteurs de production d’énergie'),
      o('507000', 'Retraitement'),
      o('508000', 'Démantèlement des installations nucléaires'),
      o('509000', 'Effluents, déchets et matériaux récupérables (y compris ne provenant pas du cycle)'),
      o('510000', 'Logistique et maintenance du nucléaire (prestataires)'),
      o('511000', 'Installations de recherche liées au nucléaire'),
      o('512000', 'Autres secteurs du nucléaire'),
    ],
  },
  {
    code: '600000',
    label: 'Autres domaines',
    source: 'nomenclature',
    options: [
      o('601000', 'Recherche (autre que nucléaire et médical) et enseignement'),
      o('602000', 'Situations de crise (pompiers, protection civile…)'),
      o('603000', 'Organismes d’inspection et de contrôle'),
      o('604000', 'Activités à l’étranger'),
      o('605000', 'Activités sécurité-environnement-radioprotection'),
    ],
  },
];
