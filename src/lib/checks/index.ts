/**
 * The checks of the dossier's values (PRODUCT.md « Checks »): pure, no DOM, total (nothing
 * throws, whatever the input). One module per rule; this file only gathers them. `checkDossier`
 * lives in `./dossier` because it imports the whole model.
 */
export * from './types';
export { CHECKS, checkById } from './registry';
export { checkField } from './field';
export { checkRecord, checkList } from './record';
export { checkSiret, isSiretValid, normaliseSiret, sirenFromSiret } from './siret';
export { checkCodePostal } from './code-postal';
export { checkEmail, isEmailValid } from './email';
export { checkEmailConfirmation } from './email-confirmation';
export { checkMobile } from './mobile';
export { checkTelephone } from './telephone';
export { normalisePhone } from './phone';
export { checkRpps } from './rpps';
export { checkTexte, unsafeCharacters } from './texte';
export { isSafeText } from './allowed';
export { cleanText, capitalsPreview } from './clean-text';
export { checkVille } from './ville';
export { checkHabilitation, needsHabilitationConfirmation } from './habilitation';
