/**
 * The whole dossier: the record helpers of `record.ts`, and a new empty dossier built from every
 * screen of the model. Client code that handles a single form imports `record.ts` instead.
 */
import { SCREENS } from '../model/screens';
import { CHECKLIST_FORM } from '../model/checklist';
import { emptyRecord, type DossierData } from './record';

export * from './record';

/** A new, empty dossier: every record form empty, every list empty, nothing ticked in the checklist. */
export function emptyDossier(): DossierData {
  const data: DossierData = {};
  for (const s of SCREENS) {
    if (!s.form) continue;
    data[s.form.key] = s.form.kind === 'list' ? [] : emptyRecord(s.form);
  }
  data[CHECKLIST_FORM.key] = emptyRecord(CHECKLIST_FORM);
  return data;
}

