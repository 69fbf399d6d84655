/**
 * Every UI string of the site, in French, in one table. Read through `t()`. Typography: ’
 * apostrophe, « » with no-break spaces (U+00A0), no-break space before : ; ! ?.
 * PASS's own labels are not here: they live in the model (`src/model`), verbatim.
 * Client scripts never import this file: pages render the groups they need as JSON
 * (`Strings.astro`), read with `pageStrings()`.
 */
import { fill } from './fill';
import { STATUS_LABELS } from './status.fr';
import { frVisual } from './visual.fr';

/** The main table, read through `t()`. */
export const fr = {
  ...frVisual,
  'site.name': 'Guide SISERI',
  'site.tagline': 'Créer son protocole d’accès sécurisé à SISERI avec PASS, pas à pas',
  'site.unofficial': 'Site indépendant et non officiel : il n’est édité ni par l’ASNR, ni par l’IRSN, ni par l’État.',
  'site.verifiedOn': 'Contenu relu le {date} d’après des copies enregistrées des sources citées (adresses de SISERI non vérifiées en ligne).',
  'site.passVersion': 'Décrit PASS version {version}.',
  'skip.content': 'Aller au contenu',
  'skip.search': 'Aller à la recherche',
  'header.home': 'Accueil — Guide SISERI',
  'header.nav': 'Navigation principale',
  'header.guide': 'Le guide',
  'header.before': 'Avant de commencer',
  'header.summary': 'Mon dossier',
  'header.faq': 'FAQ',
  'header.dossier': 'Dossier ouvert :',
  'search.label': 'Rechercher dans le guide',
  'search.placeholderHint': 'Par exemple : SIRET, code SMS, K-bis',
  'search.submit': 'Rechercher',
  'search.title': 'Rechercher',
  'search.intro': 'Cherchez un mot du guide, un libellé de PASS ou un terme du glossaire.',
  'search.filters': 'Filtrer par type de page',
  'search.filterAll': 'Tout',
  'stepnav.title': 'Les 14 étapes',
  'stepnav.label': 'Étapes du guide',
  'step.counter': 'Étape {n} sur {total}',
  'step.previous': 'Étape précédente',
  'step.next': 'Étape suivante',
  'step.instruction': 'Consigne de PASS',
  'step.screen': 'L’écran de PASS',
  'step.screenCaption': 'Reproduction simplifiée et non interactive de l’écran « {title} » (PASS {version}) : rien ne s’y passe si vous cliquez. En surbrillance : l’élément sur lequel agir.',
  'step.form': 'Préparer les valeurs de cet écran',
  'status.vide': STATUS_LABELS.vide,
  'status.en-cours': STATUS_LABELS['en-cours'],
  'status.complet': STATUS_LABELS.complet,
  'status.erreurs': STATUS_LABELS.erreurs,
  'field.required': 'obligatoire',
  'field.optional': 'facultatif',
  'field.requiredMark': '*',
  'field.choose': '— Choisir dans la liste —',
  'field.guideOnly': 'Propre à ce guide (n’existe pas dans PASS)',
  'field.when': 'Seulement si « {label} » est coché.',
  'field.options': 'Choix proposés :',
  'copy.link': 'Copier le lien',
  'copy.linkTo': 'Copier le lien vers « {label} »',
  'copy.value': 'Copier',
  'copy.valueOf': 'Copier la valeur de « {label} »',
  'copy.done': 'Copié',
  'copy.linkDone': 'Lien copié',
  'copy.failed': 'La copie a échoué : sélectionnez le texte et copiez-le avec Ctrl+C.',
  'anchor.section': 'Section intitulée « {title} »',
  'footer.privacy': 'Confidentialité',
  'footer.accessibility': 'Accessibilité : partiellement conforme',
  'footer.links': 'Liens pour l’assistance',
  'footer.sources': 'Sources',
  'footer.sourceSiseri': 'Site SISERI (adresse susceptible de changer)',
  'footer.sourceDocs': 'Documentation SISERI',
  'footer.sourceLegifrance': 'Code du travail, articles R.4451-1 et suivants',
  'footer.external': '(site externe)',
  'footer.nothingLeaves': 'Rien de ce que vous saisissez ne quitte votre navigateur.',
  'liens.step': 'Étape {n} : {title}',
  'liens.field': '{label}',
  'liens.fieldsOf': 'Champs de l’étape {n}',
  'rule.texte': 'Évitez les caractères spéciaux : PASS demande de ne pas en saisir. Un bouton propose de les retirer.',
  'rule.siret': '14 chiffres (espaces permis) ; la clé de contrôle est vérifiée. Les 9 premiers chiffres forment le SIREN.',
  'rule.codePostal': '5 chiffres en France, par exemple 69003 ; en Corse 20000 à 20620 (« 2A » et « 2B » ne sont pas des codes postaux).',
  'rule.ville': 'Nom de la commune, sans le code postal, par exemple Lyon.',
  'rule.email': 'Une adresse de courriel valide, par exemple claire.dupont@exemple.fr.',
  'rule.emailConfirmation': 'Doit être identique au courriel saisi juste au-dessus.',
  'rule.mobile': 'Portable français (06 ou 07, ou +33 6 / +33 7) ; si « Etranger » est coché, numéro international commençant par +.',
  'rule.telephone': 'Numéro à 10 chiffres, par exemple 01 23 45 67 89, ou international commençant par +.',
  'rule.rpps': 'RPPS : 11 chiffres ; Adeli : 9 caractères. Simple avertissement si le format diffère.',
  'rule.habilitation': 'Texte libre, facultatif. S’il est vide, PASS demande une confirmation.',
  'island.intro': 'Préparez ici les valeurs à saisir dans PASS. Elles restent dans ce navigateur et sont vérifiées quand vous quittez un champ. Le bouton « Copier » à côté de chaque valeur permet de la coller dans PASS, ouvert dans une autre fenêtre.',
  'island.noscript': 'Le formulaire de préparation a besoin de JavaScript. Le guide ci-dessus reste lisible sans.',
  'island.statusLabel': 'État de cette étape :',
  'island.mandatory': 'Sauf mention contraire, tous les champs sont obligatoires.',
  'island.validate': 'Valider l’étape',
  'island.reload': 'Recharger le dossier',
  'island.keepMine': 'Garder mes valeurs',
  'island.export': 'Exporter mon dossier (fichier JSON)',
  'island.add': 'Ajouter',
  'island.cancelEdit': 'Annuler la modification',
  'island.actions': 'Actions',
  'island.edit': 'Modifier',
  'island.remove': 'Retirer',
  'island.undo': 'Annuler le retrait',
  'island.clean': 'Retirer les caractères spéciaux',
  /** Before the list of symbols PASS may refuse, under PASS's « caractères spéciaux » banner (view). */
  'island.riskySymbols': 'Caractères à éviter\u00a0:',
  'island.capitals': 'En capitales sans accents :',
  'island.proofTitle': 'Obtenir un justificatif pour votre SIREN',
  'island.proofNeedSiret': 'Le lien vers le justificatif apparaîtra quand le numéro SIRET de l’employeur sera valide.',
  'island.proofGoSiret': 'Saisir le SIRET à l’étape 5',
  'island.proofSiren': 'SIREN de l’employeur (9 premiers chiffres du SIRET) :',
  'island.proofAnnuaire': 'Annuaire des Entreprises : justificatif d’immatriculation (site externe)',
  'island.proofInsee': 'INSEE : obtenir un avis de situation au répertoire SIRENE (site externe)',
  'erase.button': 'Effacer mes données',
  'erase.confirm': 'Effacer tous vos dossiers de ce navigateur ? Cette action est définitive : exportez d’abord vos dossiers si vous voulez les garder.',
  'erase.ok': 'Tout effacer',
  'erase.cancel': 'Annuler',
  'summary.state': 'État du dossier',
  'summary.pdfTitle': 'Annexe 1 pré-remplie',
  'summary.pdfIntro': 'Un document de préparation au format PDF, avec toutes vos valeurs dans des champs modifiables. La vraie signature se fait dans PASS, avec le code reçu par SMS.',
  'summary.pdfButton': 'Télécharger l’Annexe 1 (PDF)',
  'summary.docsTitle': 'À avoir sous la main avant d’ouvrir PASS',
  'summary.doc1': 'Le K-bis de l’entreprise, ou l’avis de situation au répertoire SIRENE (professions libérales), en PDF ou en image.',
  'summary.doc2': 'La copie recto verso de la carte nationale d’identité du représentant légal.',
  'summary.doc3': 'Le téléphone portable du représentant légal, allumé : PASS y envoie le code SMS de signature.',
  'summary.stepsTitle': 'Votre dossier, étape par étape',
  'summary.openStep': 'Ouvrir l’étape',
  'summary.issues': 'Points à voir',
  'summary.dossiersTitle': 'Vos dossiers',
  'summary.dossiersIntro': 'Un dossier par entreprise ou par établissement. Le dossier ouvert est celui que remplissent les étapes.',
  'summary.current': 'Dossier ouvert',
  'summary.rename': 'Nouveau nom du dossier ouvert',
  'summary.renameButton': 'Renommer',
  'summary.duplicate': 'Dupliquer le dossier ouvert',
  'summary.delete': 'Supprimer le dossier ouvert',
  'summary.newName': 'Nom du nouveau dossier (facultatif)',
  'summary.newButton': 'Créer un nouveau dossier',
  'summary.deleteConfirm': 'Supprimer définitivement le dossier ouvert de ce navigateur ?',
  'summary.exportTitle': 'Sauvegarder ou transférer',
  'summary.exportIntro': 'Le fichier exporté est votre sauvegarde : il permet de reprendre le dossier sur un autre ordinateur ou après un nettoyage du navigateur.',
  'summary.exportOne': 'Exporter le dossier ouvert (JSON)',
  'summary.exportAll': 'Exporter tous les dossiers (JSON)',
  'summary.importLabel': 'Importer un fichier exporté par ce guide (JSON, 1 Mo au plus)',
  'summary.importReplace': 'Remplacer le dossier ouvert',
  'summary.importNew': 'Ajouter aux dossiers de ce navigateur',
  'summary.replaceConfirm': 'Remplacer les valeurs du dossier ouvert par celles du fichier ? Les valeurs actuelles seront perdues.',
  'summary.eraseTitle': 'Effacer mes données',
  'summary.storageNote': 'Vos dossiers sont gardés dans ce navigateur seulement. Effacer les données de navigation les supprime, et Safari efface les données d’un site après 7 jours sans visite : exportez votre dossier, c’est votre sauvegarde.',
  'summary.ok': 'OK',
  'summary.cancel': 'Annuler',
  'mock.title': 'Écran PASS : {title}',
  'mock.version': 'version {version}',
  'mock.highlight': 'à utiliser',
  'mock.file': 'Parcourir... Aucun fichier sélectionné.',
  'mock.emptyTable': 'Le tableau ne contient aucune donnée',
} as const;

/**
 * The strings the every-page client scripts need, as a separate export so that the browser
 * bundle carries only these (Vite drops the unused `fr` table from those scripts).
 */
export const frClient = {
  copied: 'Copié',
  linkCopied: 'Lien copié',
  copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le avec Ctrl+C.',
  copyLink: 'Copier le lien',
  copyLinkToSection: 'Copier le lien vers « {title} »',
  status: STATUS_LABELS,
  updateAvailable: 'Nouvelle version disponible.',
  updateReload: 'Recharger',
} as const;

/** Strings of the search page script. */
export const frSearch = {
  loading: 'Recherche en cours…',
  none: 'Aucun résultat pour « {q} ». Essayez un autre mot, par exemple « SIRET ».',
  count: 'Nombre de résultats pour « {q} » : {n}.',
  devOnly: 'La recherche fonctionne dans le site construit (npm start) : l’index n’existe pas en mode développement.',
  error: 'La recherche n’a pas pu démarrer. Rechargez la page ; si le problème persiste, utilisez le plan du guide.',
} as const;

/** Strings of the form islands (client side: a separate export so only these ship). */
export const frIsland = {
  status: STATUS_LABELS,
  cleaned: 'Caractères spéciaux retirés.',
  add: 'Ajouter',
  saveEntry: 'Enregistrer les modifications',
  editingLegend: '{title} — modification de l’entrée n° {n}',
  entryN: 'Entrée n° {n}',
  externe: 'Externe',
  employeur: 'Celles de l’employeur',
  yes: 'Oui',
  no: 'Non',
  editLabel: 'Modifier {name}',
  upLabel: 'Monter {name} d’un rang',
  downLabel: 'Descendre {name} d’un rang',
  removeLabel: 'Retirer {name} de la liste',
  // Agreement: by the list noun's gender (« personne compétente ajoutée ») or the person's « Civilité ».
  entryAdded: { m: '{noun} ajouté à la liste : {name}.', f: '{noun} ajoutée à la liste : {name}.' },
  entrySaved: 'Modifications enregistrées : {name}.',
  editCancelled: 'Modification de l’entrée n° {n} annulée : le formulaire est vide.',
  moved: 'Entrée déplacée en position {n}.',
  removed: { m: '{name} retiré de la liste.', f: '{name} retirée de la liste.', other: 'Entrée «\u00a0{name}\u00a0» retirée de la liste.' },
  removedEntry: 'Entrée n° {n} retirée de la liste.',
  undo: 'Annuler le retrait',
  undoLabel: 'Annuler le retrait de {name}',
  restored: 'Retrait annulé : {name} est de nouveau dans la liste, en position {n}.',
  entrySummaryTitle: 'Cette personne ne peut pas encore être ajoutée : corrigez les champs ci-dessous.',
  summaryTitle: { one: 'Il reste {n} point à corriger avant de valider l’étape :', other: 'Il reste {n} points à corriger avant de valider l’étape :' },
  entryIssue: 'Entrée n° {n}, {label} : {message}',
  stepDone: 'Étape complète : ces valeurs sont prêtes à être saisies dans PASS. Passez à l’étape suivante.',
} as const;


/** Strings of « Effacer mes données » (client script). */
export const frErase = {
  done: 'Toutes vos données ont été effacées de ce navigateur. La page va se recharger.',
  failed: 'L’effacement a échoué :',
} as const;

/** Strings of the MDX content components (`src/components/content/`), build time only. */
export const frContent = {
  /** Visible label of each `<Callout>` type. */
  callout: { info: 'Information', attention: 'Attention', astuce: 'Astuce' },
  /** `<Source>`: prefix and how the source was read (the external-link notice is `footer.external` in `src/i18n/fr.ts`). */
  source: {
    prefix: 'Source\u00a0: ',
    /**
     * Shown for addresses that may move (siseri.irsn.fr, docs.siseri.irsn.fr: IRSN → ASNR). They
     * were read from stored copies, never opened live (DOMAIN.md): no « vérifiée le ».
     */
    mayMove: 'adresse susceptible de changer, non vérifiée en ligne',
  },
  /** `<Certainty>`: badge text and its explanation, per level (DOMAIN.md tags). */
  certainty: {
    'sûr': { text: 'texte officiel', explanation: 'Information tirée d’un texte ou d’un site officiel' },
    secondaire: { text: 'source secondaire', explanation: 'Information tirée d’une source non officielle, cohérente avec les autres' },
    incertain: { text: 'à vérifier', explanation: 'Information non confirmée par une source officielle' },
  },
  /** `<ChecklistStatus>`: where the « Avant de commencer » ticks are kept. */
  checklist: {
    kept: 'Cochez ce qui est prêt : vos coches sont gardées avec votre dossier, dans ce navigateur, et effacées par « Effacer mes données ».',
    noscript: 'Sans JavaScript, les coches ne sont pas gardées : imprimez la liste et cochez-la à la main.',
  },
  /** `<ReportError>`: the link, or what to do when no address was set at build time. */
  report: {
    link: 'Signaler une erreur',
    none: 'Aucune adresse de signalement n’a été configurée pour cette copie du guide : adressez-vous à la personne ou à l’organisme qui vous l’a indiquée',
  },
  /** `<StepLink>`: « Étape N : titre ». */
  step: (n: number, title: string) => `Étape ${n}\u00a0: ${title}`,
} as const;

/*
 * The table's other sections live in their own files, one per browser chunk, so that a page ships
 * only the strings it uses: `checks.fr.ts` (the checks' messages), `store.fr.ts` (the dossier
 * store's), `annexe1.fr.ts` (the PDF's), `status.fr.ts` (the step statuses).
 */

/** Strings of the récapitulatif island. */
export const frSummary = {
  status: STATUS_LABELS,
  stepHeading: 'Étape {n} : {title}',
  entry: '{noun} n° {n}',
  entryIssue: 'Entrée n° {n}, {label} : {message}',
  fieldIssue: '{label} : {message}',
  empty: 'Non renseigné',
  copyOf: 'Copier la valeur de « {label} »',
  ready: 'Dossier prêt pour PASS : toutes les étapes sont complètes.',
  notReady: {
    one: 'Dossier incomplet : {n} étape à terminer ou à corriger avant de passer dans PASS.',
    other: 'Dossier incomplet : {n} étapes à terminer ou à corriger avant de passer dans PASS.',
  },
  pdfWorking: 'Préparation du PDF…',
  pdfDone: 'PDF prêt : {file}',
  pdfDoneIncomplete: 'PDF prêt : {file} (marqué « Dossier incomplet »)',
  pdfError: 'Le PDF n’a pas pu être créé ({reason}). Réessayez ; si le problème persiste, exportez votre dossier.',
  switched: 'Dossier ouvert : {name}.',
  created: 'Nouveau dossier créé et ouvert.',
  renamed: 'Dossier renommé.',
  duplicated: 'Copie du dossier créée.',
  deleted: 'Dossier supprimé.',
} as const;

/** A key of the main French table. */
export type StringKey = keyof typeof fr;

/** The French string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return fill(fr[key], params);
}

/** A date as « 28 novembre 2026 ». */
export function frenchDate(d: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
