/**
 * The « Avant de commencer » checklist in a dossier (`CHECKLIST_FORM`, record `preparation`):
 * read which items are ticked, tick or untick one. Pure, no DOM.
 */
import { CHECKLIST_FORM } from '../model/checklist';
import { formFields } from '../model/fields';
import type { DossierData, DossierRecord } from './record';

/** Keys of the checklist's items, in order. */
export const CHECKLIST_KEYS: readonly string[] = formFields(CHECKLIST_FORM).map((f) => f.key);

/** Item key → ticked, for every item (a missing or odd value reads as unticked). */
export function checklistState(data: DossierData): Record<string, boolean> {
  const rec = data[CHECKLIST_FORM.key];
  const record: DossierRecord = rec && !Array.isArray(rec) ? rec : {};
  return Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, record[k] === true]));
}

/** `data` with item `key` ticked or not (a new object; an unknown key changes nothing). */
export function withChecklistItem(data: DossierData, key: string, ticked: boolean): DossierData {
  if (!CHECKLIST_KEYS.includes(key)) return data;
  return { ...data, [CHECKLIST_FORM.key]: { ...checklistState(data), [key]: ticked } };
}
