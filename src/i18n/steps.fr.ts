/**
 * Strings of the step pages' layout (form first, field help, PASS mock-up beside the form) and
 * of « Recopier dans PASS » (`/recopier/`). Typography: ’, « » with no-break spaces.
 */

/** Server-side strings of the step pages (read with `ts()`). */
export const frSteps = {
  'steps.fieldHelp': 'Où le trouver ?',
  'steps.fieldHelpMore': 'En savoir plus',
  'steps.fieldHelpOf': ' sur « {label} »',
  'steps.fieldWhere': 'Dans PASS : bloc « {legend} », champ « {label} » ({req}).',
  'steps.fieldWhereList': 'Dans PASS : formulaire « {entry} » de l’écran, bloc « {legend} », champ « {label} » ({req}).',
  'steps.mockShow': 'Voir l’écran de PASS',
  'steps.mockNote': 'reproduction non interactive',
  'steps.mockAside': 'L’écran de PASS, à côté du formulaire',
  'steps.mockRegion': 'Reproduction non interactive de l’écran de PASS',
  'steps.openBeside': 'Ouvrir à côté de PASS',
  'steps.openBesideHint': 'Une petite fenêtre avec vos valeurs prêtes à copier, écran par écran.',
  'steps.printValues': 'Vos valeurs pour cet écran',
  'recopier.title': 'Recopier dans PASS',
  'recopier.description': 'Vos valeurs prêtes à copier dans PASS, un écran à la fois, dans une petite fenêtre à côté de PASS.',
  'recopier.intro': 'Gardez cette fenêtre à côté de PASS. Pour chaque champ, cliquez sur « Copier » puis collez dans le champ du même nom de PASS (Ctrl+V).',
  'recopier.loading': 'Chargement de votre dossier…',
  'recopier.noscript': 'Cette page a besoin de JavaScript pour lire votre dossier dans ce navigateur. Vos valeurs sont aussi dans « Mon dossier ».',
  'recopier.emptyTitle': 'Rien à recopier pour l’instant',
  'recopier.empty': 'Votre dossier est vide dans ce navigateur. Préparez d’abord vos valeurs, étape par étape : elles apparaîtront ici, prêtes à copier.',
  'recopier.start': 'Commencer par l’étape 5 « Identifier l’employeur »',
  'recopier.before': 'ou lire d’abord « Avant de commencer »',
  'recopier.screens': 'Écrans à recopier',
  'recopier.erase': 'Effacer les coches',
  'recopier.summary': 'Voir tout le dossier (récapitulatif)',
} as const;

/** A key of `frSteps`. */
export type StepsKey = keyof typeof frSteps;

/** Strings of the « Recopier dans PASS » island (rendered as JSON for the browser). */
export const frRecopier = {
  screenOf: 'Écran {n} sur {total} à recopier',
  stepHeading: 'Étape {n} : {title}',
  copy: 'Copier',
  copyOf: 'Copier « {label} »',
  copied: '« {label} » copié',
  copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le avec Ctrl+C.',
  copiedMark: 'copié',
  notCopied: 'pas encore copié',
  previous: 'Écran précédent',
  next: 'Écran suivant',
  entry: '{noun} n° {n}',
  addReminder: 'Dans PASS, cliquez sur « Ajouter » après avoir saisi cette personne, puis passez à la suivante.',
  incomplete: 'Cette étape n’est pas terminée : des valeurs manquent.',
  errors: 'Cette étape contient des erreurs à corriger avant de recopier.',
  fixLink: 'Ouvrir l’étape « {title} »',
  noValue: 'Rien à recopier sur cet écran pour l’instant.',
  choice: 'à cocher ou choisir dans PASS',
  progress: 'Valeurs copiées\u00a0: {done} sur {total}',
  erased: 'Coches effacées.',
} as const;
