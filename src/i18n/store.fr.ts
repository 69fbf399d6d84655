/**
 * French strings of the dossier store (`src/lib/store/`): save status, storage failures,
 * dossier names, export/import messages. A plain table in the shape of `fr.ts` (flat keys,
 * `{name}` placeholders) so that it can be merged into it.
 * Typography: ’ apostrophe, « » with no-break spaces (U+00A0), no-break space before : ; ! ?.
 */
export const storeFr = {
  // Save status (`statusText`).
  /** Nothing saved yet in this page. */
  'store.status.idle': 'Pas encore de modification à enregistrer',
  /** A write is in progress. */
  'store.status.saving': 'Enregistrement…',
  /** Saved today; `{time}` as « 14 h 32 ». */
  'store.status.saved': 'Enregistré dans ce navigateur à {time}',
  /** Saved another day; `{date}` as « 12 mai ». */
  'store.status.savedOn': 'Enregistré dans ce navigateur le {date} à {time}',
  /** Saved in memory only (storage refused): lost when the page closes. */
  'store.status.savedMemory':
    'Gardé dans cette page seulement à {time} (ce navigateur refuse l’enregistrement)\u00a0: exportez votre dossier avant de fermer la page.',
  /** A write failed; `{reason}` from `store.reason.*`. */
  'store.status.error': 'Échec de l’enregistrement\u00a0: {reason} — exportez votre dossier pour ne rien perdre.',
  /** Another tab saved this dossier more recently: nothing was overwritten. */
  'store.status.conflict':
    'Ce dossier a été modifié dans un autre onglet à {time}\u00a0: vos dernières saisies n’ont pas été enregistrées pour ne pas écraser les siennes. Rechargez le dossier, ou gardez vos valeurs.',

  // Reasons of a storage failure (inside `store.status.error`).
  /** QuotaExceededError. */
  'store.reason.quota': 'l’espace de stockage du navigateur est plein',
  /** SecurityError, InvalidStateError, private browsing… */
  'store.reason.unavailable': 'le navigateur refuse le stockage (navigation privée ou stockage désactivé)',
  /** The storage did not answer in time. */
  'store.reason.timeout': 'le stockage du navigateur ne répond pas',
  /** The storage read back something else than what was written. */
  'store.reason.mismatch': 'le stockage du navigateur ne relit pas ce qu’il a écrit',
  /** The data to save is not a valid dossier (a bug): `{detail}` from the schema. */
  'store.reason.invalid': 'les valeurs ne forment pas un dossier valide ({detail})',
  /** Anything else. */
  'store.reason.unknown': 'le navigateur a refusé l’écriture',

  // Storage probe (`probeStorage`) and fallback.
  /** Shown once when the app falls back to memory. */
  /** Another tab saved the open dossier; this tab had no pending edit and shows it. */
  'store.remote.reloaded': 'Ce dossier vient d’être modifié dans un autre onglet : ses valeurs sont affichées.',
  /** Another tab saved the open dossier while this tab has edits not yet written. */
  'store.remote.pending': 'Ce dossier a été modifié dans un autre onglet pendant votre saisie. Rechargez-le pour voir ses valeurs, ou gardez les vôtres.',
  /** Another tab saved other fields meanwhile: both tabs' values were put together. */
  'store.merge.clean': 'Ce dossier a aussi été modifié dans un autre onglet\u00a0: ses valeurs et les vôtres ont été réunies, rien n’est perdu.',
  /** Both tabs changed the same values: this tab's are kept, the other's saved as a copy. `{fields}` lists them, `{copy}` names the copy. */
  'store.merge.clash':
    'Ce dossier a aussi été modifié dans un autre onglet, sur les mêmes champs ({fields})\u00a0: vos valeurs sont gardées ici, et la version de l’autre onglet est gardée dans le dossier «\u00a0{copy}\u00a0» (voir le récapitulatif).',
  /** Another tab erased every dossier: this page saves nothing any more. */
  'store.erased.elsewhere':
    'Vos données ont été effacées depuis un autre onglet\u00a0: cette page n’enregistre plus rien. Rechargez-la pour commencer un nouveau dossier.',
  /** Edits a closed page could not write were taken back. */
  'store.rescue.restored': 'Les dernières saisies d’une page fermée avant leur enregistrement ont été reprises.',
  /** A write failed after the page started (a notice, with the export button). */
  'store.failed.notice':
    'Vos saisies n’ont pas pu être enregistrées dans ce navigateur ({reason})\u00a0: elles restent dans cette page. Exportez votre dossier pour ne rien perdre.',
  'store.probe.fallback':
    'Ce navigateur ne permet pas d’enregistrer votre dossier ({reason})\u00a0: vos saisies restent dans cette page tant qu’elle est ouverte. Exportez votre dossier avant de la fermer.',

  // Repository.
  /** Name of a dossier whose raison sociale is empty and that the user has not named. */
  'store.name.default': 'Dossier sans nom',
  /** Name of a duplicated dossier. */
  'store.name.copy': '{name} (copie)',
  /** The stored dossiers come from a newer version of the site. */
  'store.error.future':
    'Ce dossier vient d’une version plus récente du guide\u00a0: rechargez la page (au besoin, fermez tous les onglets du guide puis rouvrez-le) pour utiliser la dernière version. Rien n’a été modifié.',
  /** The dossier is not in the index (deleted in another tab). */
  'store.error.notFound': 'Ce dossier n’existe plus dans ce navigateur\u00a0: il a peut-être été supprimé dans un autre onglet.',
  /** The index lists the dossier but its values are gone. */
  'store.error.missing':
    'Les valeurs du dossier «\u00a0{name}\u00a0» sont introuvables dans ce navigateur. Si vous en avez une sauvegarde, importez-la.',
  /** A stored record failed validation; its raw copy was kept. */
  'store.error.corrupt':
    'Le dossier «\u00a0{name}\u00a0» enregistré dans ce navigateur n’a pas pu être relu ({reason}). Son contenu brut a été mis de côté sans rien effacer\u00a0; vous pouvez importer une sauvegarde ou repartir d’un dossier vide.',
  /** Detail of `store.error.corrupt` when the record itself is malformed. */
  'store.error.corruptShape': 'l’enregistrement est incomplet ou abîmé',

  // Migrations, at start-up.
  /** A dossier of the first version was carried over. */
  'store.notice.migratedV1': 'Votre dossier enregistré par une version précédente du guide a été repris tel quel.',
  /** The list of dossiers was unreadable and rebuilt. */
  'store.notice.indexRebuilt':
    'La liste de vos dossiers était illisible\u00a0: elle a été reconstituée à partir des dossiers enregistrés dans ce navigateur.',
  /** An unreadable old record was set aside. */
  'store.notice.legacyCorrupt':
    'Un ancien dossier enregistré dans ce navigateur était illisible\u00a0: son contenu brut a été mis de côté sans rien effacer.',

  // Export.
  /** File name slug when the raison sociale is empty. */
  'store.export.noName': 'sans-nom',

  // Import (`parseImportFile`, `applyImport`).
  /** Preview line for one dossier. */
  'store.import.previewOne': 'Ce fichier contient 1 dossier\u00a0: «\u00a0{name}\u00a0» ({fields} champs remplis).',
  /** Preview line for several dossiers. */
  'store.import.previewMany': 'Ce fichier contient {count} dossiers\u00a0: {names}.',
  /** Empty file. */
  'store.import.empty': 'Ce fichier est vide\u00a0: choisissez le fichier «\u00a0.json\u00a0» exporté depuis le guide.',
  /** More than `MAX_IMPORT_BYTES`; `{max}` as « 32 Mo ». */
  'store.import.tooLarge':
    'Ce fichier est trop volumineux ({size})\u00a0: un export du guide pèse au plus {max}. Choisissez le fichier «\u00a0dossier-siseri-….json\u00a0» exporté depuis le guide.',
  /** Not JSON. */
  'store.import.notJson':
    'Ce fichier n’est pas un export du guide\u00a0: son contenu n’est pas au format JSON. Choisissez le fichier «\u00a0dossier-siseri-….json\u00a0» exporté depuis le guide.',
  /** JSON cut before its end. */
  'store.import.truncated':
    'Ce fichier est incomplet\u00a0: il s’arrête avant la fin (copie interrompue\u00a0?). Exportez à nouveau le dossier depuis le guide, puis réessayez.',
  /** Nesting deeper than an export can be. */
  'store.import.tooDeep': 'Ce fichier contient des données imbriquées bien plus profondément qu’un export du guide\u00a0: il a été refusé.',
  /** `__proto__`, `constructor` or `prototype`. */
  'store.import.forbiddenKey': 'Ce fichier contient une clé interdite («\u00a0{key}\u00a0»)\u00a0: il a été refusé par sécurité.',
  /** Not an object at the top, or `format` is not ours. */
  'store.import.wrongFormat':
    'Ce fichier JSON ne vient pas du guide SISERI (il ne porte pas la mention «\u00a0guide-siseri\u00a0»)\u00a0: il a été refusé.',
  /** `version` missing or not a whole number ≥ 1. */
  'store.import.badVersion': 'La version de ce fichier («\u00a0{version}\u00a0») est inconnue\u00a0: le fichier ne vient pas du guide ou a été modifié.',
  /** `version` newer than this site. */
  'store.import.future':
    'Ce dossier vient d’une version plus récente du guide (version {version} du fichier)\u00a0: rechargez la page pour utiliser la dernière version du guide, puis importez-le à nouveau.',
  /** No dossier in the file. */
  'store.import.noDossier': 'Ce fichier ne contient aucun dossier.',
  /** More than 200 dossiers. */
  'store.import.tooManyDossiers': 'Ce fichier contient {count} dossiers\u00a0: le guide en importe au plus {max} à la fois.',
  /** A list longer than allowed; `{where}` as « dossiers › n° 1 › data › ces ». */
  'store.import.listTooLong': '«\u00a0{where}\u00a0» contient {count} éléments\u00a0: au plus {max} sont acceptés.',
  /** An object with too many keys. */
  'store.import.tooManyKeys': '«\u00a0{where}\u00a0» contient {count} rubriques\u00a0: au plus {max} sont acceptées.',
  /** A string longer than allowed. */
  'store.import.stringTooLong': 'La valeur de «\u00a0{where}\u00a0» est trop longue ({length} caractères, au plus {max}).',
  /** A value that is neither a string nor a boolean where a field is expected. */
  'store.import.badValue': 'La valeur de «\u00a0{where}\u00a0» n’est ni un texte ni une case cochée ou non\u00a0: le fichier a été modifié.',
  /** Something that is not the expected kind of container. */
  'store.import.badShape': '«\u00a0{where}\u00a0» n’a pas la forme attendue ({expected})\u00a0: le fichier a été modifié.',
  /** Expected kinds, inside `badShape`. */
  'store.import.expected.object': 'un ensemble de rubriques',
  'store.import.expected.array': 'une liste',
  'store.import.expected.string': 'un texte',
  'store.import.expected.formValue': 'un ensemble de champs ou une liste',
  /** Prefix of an error found in one dossier. */
  'store.import.inDossier': 'Dossier n°\u00a0{n} («\u00a0{name}\u00a0»)\u00a0: {reason}',
  /** An array position in a path. */
  'store.import.path.entry': 'n°\u00a0{n}',
  /** `replace-current` with several dossiers in the file. */
  'store.import.replaceNeedsOne':
    'Ce fichier contient {count} dossiers\u00a0: pour remplacer le dossier ouvert, importez un fichier d’un seul dossier, ou importez-les comme nouveaux dossiers.',
  /** `replace-current` with no dossier open. */
  'store.import.noCurrent': 'Aucun dossier n’est ouvert\u00a0: importez le fichier comme nouveau dossier.',
  /** Too many dossiers in the browser after the import. */
  'store.import.tooManyStored':
    'Ce navigateur contiendrait alors {count} dossiers, au plus {max}\u00a0: supprimez d’abord des dossiers dont vous n’avez plus besoin.',
  /** A storage failure while importing (everything written so far was rolled back). */
  'store.import.writeFailed': 'L’import n’a pas pu être enregistré ({reason})\u00a0: rien n’a été modifié.',
  /** Import done. */
  'store.import.done': 'Import terminé. Dossiers importés\u00a0: {count}.',
} as const;

/** A key of the store's French table. */
export type StoreKey = keyof typeof storeFr;
