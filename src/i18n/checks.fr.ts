/**
 * Every message of the checks (`src/lib/checks`, `src/lib/schema.ts`), in French, in one table,
 * in the same shape as `fr.ts` (flat keys, `{name}` placeholders) so that it can be merged into
 * it. A field message says what is wrong, the expected format and an example.
 * Typography: ’ apostrophe, « » with no-break spaces (U+00A0), no-break space before : ; ! ?, and
 * no-break spaces inside the numbers given as examples (so they never wrap).
 */
import { fill } from './fill';

/** The checks' messages, by key (`check.<rule>.<case>`), `{name}` placeholders filled by `checkMessage`. */
export const checksFr = {
  // Presence (the field's `required` flag): one instruction, never the hint again (the hint is read with the field).
  // `{instruction}` is the model's `instruction`; otherwise the field's label is named.
  'check.required': '{instruction}',
  'check.required.text': 'Saisissez «\u00a0{label}\u00a0».',
  'check.required.choice': 'Choisissez une réponse\u00a0: {options}.',
  'check.required.radio': 'Choisissez l’une des réponses proposées pour «\u00a0{label}\u00a0».',
  'check.required.select': 'Choisissez «\u00a0{label}\u00a0» dans la liste.',
  'check.required.checkbox': 'Cette case doit être cochée pour terminer le dossier.',
  'check.option.unknown': 'Cette réponse ne fait pas partie des choix de PASS\u00a0: choisissez {options}.',
  'check.option.unknownInList': 'Cette réponse ne figure pas dans la liste de PASS\u00a0: choisissez une autre réponse dans la liste.',
  'check.option.or': 'ou',

  // Lists (CES, MDT, PCR).
  'check.list.min': 'Ajoutez au moins {entry} avec le bouton «\u00a0Ajouter\u00a0»\u00a0: PASS en demande au moins {min}.',
  'check.list.duplicateEmail':
    'Ce courriel est déjà celui de l’entrée n°\u00a0{rank} de la liste\u00a0: chaque personne doit avoir sa propre adresse, par exemple prenom.nom@exemple.fr.',

  // SIRET.
  'check.siret.characters':
    'Le numéro SIRET ne contient que des chiffres (espaces et points acceptés)\u00a0: 14\u00a0chiffres, par exemple 732\u00a0829\u00a0320\u00a000074.',
  'check.siret.length':
    'Le numéro SIRET doit comporter 14\u00a0chiffres (vous en avez saisi {count}), par exemple 732\u00a0829\u00a0320\u00a000074.',
  'check.siret.isSiren':
    'Ce numéro de 9\u00a0chiffres est un SIREN\u00a0: PASS demande le SIRET, c’est-à-dire le SIREN suivi des 5\u00a0chiffres de l’établissement, soit 14\u00a0chiffres, par exemple 732\u00a0829\u00a0320\u00a000074.',
  'check.siret.sirenKey':
    'Les 9 premiers chiffres (le SIREN) ne forment pas un numéro valide\u00a0: un chiffre est sans doute mal recopié. Recopiez le SIRET depuis le K-bis ou l’avis de situation SIRENE, par exemple 732\u00a0829\u00a0320\u00a000074.',
  'check.siret.key':
    'Ce numéro SIRET n’est pas valide (sa clé de contrôle ne correspond pas)\u00a0: un chiffre est sans doute mal recopié. Recopiez-le depuis le K-bis ou l’avis de situation SIRENE, par exemple 732\u00a0829\u00a0320\u00a000074.',

  // Code postal.
  'check.postalCode.format': 'Le code postal doit comporter 5\u00a0chiffres, par exemple 75002, ou 20000 en Corse.',
  'check.postalCode.spaces': 'Le code postal s’écrit sans espace\u00a0: 5\u00a0chiffres attachés, par exemple 75002.',
  'check.postalCode.corsica':
    '«\u00a02A\u00a0» et «\u00a02B\u00a0» sont des codes de département, jamais des codes postaux\u00a0: en Corse, le code postal a 5\u00a0chiffres et commence par 20, par exemple 20000 à Ajaccio ou 20200 à Bastia.',
  'check.postalCode.foreignEmpty':
    'Indiquez le code postal de l’adresse à l’étranger, tel qu’il s’écrit dans ce pays, par exemple 1000 pour Bruxelles.',

  // E-mail.
  'check.email.spaces': 'Une adresse électronique ne contient pas d’espace, par exemple claire.dupont@exemple.fr.',
  'check.email.at': 'L’adresse électronique doit contenir un «\u00a0@\u00a0» suivi du nom de domaine, par exemple claire.dupont@exemple.fr.',
  'check.email.format':
    'L’adresse électronique n’est pas au bon format\u00a0: un nom, «\u00a0@\u00a0», puis un domaine avec un point, sans accent, par exemple claire.dupont@exemple.fr.',
  'check.emailConfirmation.mismatch':
    'La confirmation ne correspond pas au courriel saisi\u00a0: saisissez deux fois la même adresse, par exemple claire.dupont@exemple.fr dans les deux champs.',
  'check.emailConfirmation.noEmail':
    'Renseignez d’abord le champ «\u00a0Courriel\u00a0», puis saisissez ici la même adresse, par exemple claire.dupont@exemple.fr dans les deux champs.',

  // Phones.
  'check.mobile.format':
    'Le numéro de portable doit comporter 10\u00a0chiffres et commencer par 06 ou 07, par exemple 06\u00a012\u00a034\u00a056\u00a078 ou +33\u00a06\u00a012\u00a034\u00a056\u00a078. Pour un numéro étranger, cochez «\u00a0Etranger\u00a0».',
  'check.mobile.landline':
    'Ce numéro n’est pas un portable, or PASS y envoie le code de signature par SMS\u00a0: indiquez un numéro qui commence par 06 ou 07, par exemple 06\u00a012\u00a034\u00a056\u00a078.',
  'check.mobile.foreign':
    'Un numéro étranger s’écrit au format international\u00a0: «\u00a0+\u00a0», l’indicatif du pays puis le numéro, de 8 à 15\u00a0chiffres en tout, par exemple +32\u00a0470\u00a012\u00a034\u00a056.',
  'check.telephone.format':
    'Le numéro de téléphone doit comporter 10\u00a0chiffres et commencer par 0, par exemple 01\u00a023\u00a045\u00a067\u00a089, ou être au format international, par exemple +33\u00a01\u00a023\u00a045\u00a067\u00a089 ou +32\u00a02\u00a0123\u00a045\u00a067.',

  // RPPS / Adeli (warning only).
  'check.rpps.format':
    'Ce numéro ne ressemble ni à un RPPS (11\u00a0chiffres commençant par 1, par exemple 10001234567) ni à un numéro Adeli (9\u00a0caractères, par exemple 751234567)\u00a0: vérifiez-le sur la carte professionnelle du médecin.',

  // Free text (warning only): characters PASS may refuse.
  'check.text.characters':
    'Ce texte contient des caractères que PASS risque de refuser\u00a0: {chars}. Utilisez des lettres, des chiffres, des espaces et seulement l’apostrophe, le trait d’union, le point, la virgule et les parenthèses, par exemple «\u00a0Cabinet Dupont et Fils\u00a0».',
  'check.text.char': '«\u00a0{char}\u00a0»',
  'check.text.space': 'une espace spéciale',
  'check.text.accent': 'un accent détaché de sa lettre',
  'check.text.invisible': 'un caractère invisible',
  'check.text.more': 'et d’autres',
  'check.text.clean': 'Remplacer les caractères spéciaux',
  'check.text.capitals': 'En capitales sans accents\u00a0: {value}',
  'check.city.digits':
    'Le nom de la ville ne contient normalement pas de chiffres\u00a0: le code postal a son propre champ, par exemple Ville\u00a0: Lyon et Code Postal\u00a0: 69003.',
  'check.city.cedex': 'Le CEDEX a son propre champ, «\u00a0Cedex\u00a0», par exemple Ville\u00a0: Lyon et Cedex\u00a0: 03.',

  // Re-validation of stored or imported data (`parseDossierData`).
  'check.data.notDossier':
    'Ces données ne forment pas un dossier de ce guide\u00a0: choisissez un fichier de dossier enregistré depuis ce guide.',
  'check.data.invalid': 'Ces données ne forment pas un dossier valide de ce guide\u00a0: {where} devrait contenir {expected}.',
  'check.data.step': 'l’étape «\u00a0{step}\u00a0»',
  'check.data.field': 'le champ «\u00a0{label}\u00a0» de l’étape «\u00a0{step}\u00a0»',
  'check.data.entryField': 'le champ «\u00a0{label}\u00a0» de l’entrée n°\u00a0{n} de l’étape «\u00a0{step}\u00a0»',
  'check.data.entry': 'l’entrée n°\u00a0{n} de l’étape «\u00a0{step}\u00a0»',
  'check.data.expected.string': 'du texte',
  'check.data.expected.boolean': 'une case cochée ou non',
  'check.data.expected.array': 'une liste',
  'check.data.expected.object': 'un ensemble de champs',
  'check.data.expected.other': 'une valeur d’un autre type',
  // Size limits (`model/limits.ts`), the same at input, export and import.
  /** A value longer than the limit (from an old version or a file). */
  'check.limit.tooLong': 'Ce texte fait {length} caractères, au plus {max} sont acceptés : raccourcissez-le, par exemple en abrégeant la voie (« bd » pour « boulevard »).',
  /** A value at the limit: the field took no more (a longer paste was cut). */
  'check.limit.reached': 'Ce champ a atteint sa limite de {max} caractères : la suite n’a pas été prise (un texte collé plus long a été coupé). Vérifiez la fin, par exemple en la relisant dans le récapitulatif.',
  /** A list at its maximum: « Ajouter » takes no more. */
  'check.limit.listFull': 'Cette liste a atteint son maximum de {max} éléments : pour en ajouter, retirez d’abord une ligne, par exemple une personne qui a quitté l’entreprise.',
  /** A list beyond its maximum (from a file). */
  'check.limit.listTooLong': 'Cette liste a {count} éléments, au plus {max} sont acceptés : retirez-en, par exemple les personnes qui ont quitté l’entreprise.',
} as const;

/** A key of the checks' French table. */
export type CheckMessageKey = keyof typeof checksFr;

/** The message for `key`, `{name}` placeholders filled from `params`, surrounding spaces trimmed. */
export function checkMessage(key: CheckMessageKey, params: Record<string, string | number> = {}): string {
  return fill(checksFr[key], params).trim();
}
