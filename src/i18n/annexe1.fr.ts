/**
 * French strings of the Annexe 1 PDF (`src/lib/annexe1/`). A plain table, to be merged into the
 * site's single French dictionary. `{name}` marks a value filled in (same syntax as `fill` in `fr.ts`).
 * PASS's own wording (title, sub-title, closing sentence) keeps PASS's straight apostrophes, like the
 * model; our sentences use the site's typography (’, no-break spaces).
 *
 * Field labels are not here: they come from the PASS model (`src/model/`).
 */
export const ANNEXE1_FR = {
  /** Header, line 1: PASS's own title of the Annexe 1. */
  'annexe1.titre': "ANNEXE 1 AU PROTOCOLE D'ACCÈS SÉCURISÉ À SISERI",
  /** Printed next to the title for « Pour une entreprise », as PASS prints it (meaning unknown). */
  'annexe1.typeEntreprise': 'Type A',
  /** Header, line 2, as PASS prints it (accents restored). */
  'annexe1.sousTitre': "IDENTIFICATION DE L'EMPLOYEUR ET DE SES ACCÉDANTS AU SYSTÈME SISERI",
  /** Header, line 3: this PDF is not the signed document. */
  'annexe1.preparation':
    'Document de préparation — la signature a lieu dans PASS par code SMS ; ce document n’a pas de valeur officielle.',
  /** Banner on every page when the dossier has errors or missing required values. */
  'annexe1.incomplet': 'Dossier incomplet',
  /** Rest of the banner. */
  'annexe1.incompletDetail': 'des valeurs obligatoires manquent ou sont à corriger avant de passer dans PASS.',
  /** Footer, centre. */
  'annexe1.page': 'Page {n} sur {total}',
  /** Footer, left: the preparation date (JJ/MM/AAAA). */
  'annexe1.prepareLe': 'Préparé le {date}',
  /** Closing sentence, PASS's wording. */
  'annexe1.acceptation':
    "Le représentant légal de l'entreprise reconnaît avoir pris connaissance du protocole d'accès au système d'information SISERI et déclare l'avoir accepté.",
  /** Note under the closing sentence. */
  'annexe1.signatureNote':
    'La signature électronique se fait uniquement dans PASS, avec le code reçu par SMS sur le téléphone portable du représentant légal. Ce document ne se signe pas.',
  /** Value of a ticked check box. */
  'annexe1.oui': 'Oui',
  /** Value of an unticked check box. */
  'annexe1.non': 'Non',
  /** Heading of one list entry: `{noun}` is the model's `entryNoun`, capitalised. */
  'annexe1.entree': '{noun} n°\u00a0{n}',
  /** Label of the continuation of a value too long for one page. */
  'annexe1.suite': '{label} (suite)',
  /** Value of a ticked piece (a file PASS asks for, ready to join). */
  'annexe1.piece.prete': 'À joindre — prête',
  /** Value of a piece not ticked yet. */
  'annexe1.piece.manquante': 'À préparer',
  /** A section with nothing to print. */
  'annexe1.sectionVide': '—',
  /** Title of the closing box: what PASS gives after the signature, to write down by hand or in the fields. */
  'annexe1.apresSignature': 'À compléter après la signature : n°\u00a0de protocole, nom clé',
  /** Generic message for an empty list. */
  'annexe1.listeVide': 'Aucune personne renseignée',
  /** Section titles, by form key of the model. Unknown keys fall back to the model's titles. */
  'annexe1.section.employeur': 'Employeur',
  'annexe1.section.representant': 'Représentant légal de l’entreprise',
  'annexe1.section.etablissement': 'Établissement de rattachement des travailleurs',
  'annexe1.section.pieces': 'Pièces justificatives',
  'annexe1.section.ces': 'Correspondants employeur pour SISERI (CES)',
  'annexe1.section.mdt': 'Médecins du travail (MDT)',
  'annexe1.section.pcr': 'Personnes compétentes en radioprotection (PCR)',
  'annexe1.section.travailleurs': 'Travailleurs et activité',
  /** Final block: the numbers PASS gives back, printed only when filled. */
  'annexe1.section.references': 'Références',
  /** Empty-list messages, by list key. */
  'annexe1.vide.ces': 'Aucun correspondant employeur renseigné',
  'annexe1.vide.mdt': 'Aucun médecin du travail désigné',
  'annexe1.vide.pcr': 'Aucune personne compétente en radioprotection renseignée',
  /** PDF metadata. */
  'annexe1.meta.titre': 'Annexe 1 — protocole d’accès sécurisé à SISERI',
  'annexe1.meta.sujet':
    'Préparation de l’Annexe 1 du protocole d’accès sécurisé à SISERI (PASS) : identification de l’employeur et de ses accédants. Document sans valeur officielle.',
  'annexe1.meta.auteurInconnu': 'Employeur non renseigné',
  'annexe1.meta.motsCles': 'SISERI, PASS, Annexe 1, protocole d’accès, préparation',
  /** File name: fallback slug when the raison sociale gives none. */
  'annexe1.fichier.defaut': 'dossier',
} as const;

/** A key of `ANNEXE1_FR`. */
export type Annexe1Key = keyof typeof ANNEXE1_FR;
