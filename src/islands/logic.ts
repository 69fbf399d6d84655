/**
 * The island's checking logic, as one lazily loaded chunk: every rule and its French messages,
 * the step status and the list checks. The island's first-load script holds only Alpine and the
 * bindings; this arrives in parallel with the saved dossier (which is read asynchronously anyway).
 */
export { checkList, checkRecord } from '../lib/checks/record';
export { capitalsPreview, cleanText } from '../lib/checks/clean-text';
export { unsafeCharacters } from '../lib/checks/texte';
export { needsHabilitationConfirmation } from '../lib/checks/habilitation';
export { stepStatus } from '../lib/status';
export { proofLinks } from '../lib/island/sirene';
