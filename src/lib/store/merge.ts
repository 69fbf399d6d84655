/**
 * Three-way merge of two tabs' versions of one dossier. `base` is what this tab loaded, `mine`
 * what it holds now, `theirs` what another tab saved meanwhile. Field by field: a value only one
 * side changed takes that side's value; a value both changed to different things is a clash.
 * A list (people, rooms…) is one value: taken whole from the side that changed it.
 */
import type { DossierData } from '../dossier';
import { FORM_SCREENS, formFields } from '../../model';

/** Outcome of `mergeDossiers`. */
export interface MergeResult {
  /** `theirs` with every value only this tab changed; on a clash, this tab's value. */
  data: DossierData;
  /** `form` or `form.field` of each value both tabs changed differently (empty: a clean merge). */
  clashes: string[];
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** See the module comment. Never mutates its arguments. */
export function mergeDossiers(base: DossierData, mine: DossierData, theirs: DossierData): MergeResult {
  const data = structuredClone(theirs) as Record<string, unknown>;
  const clashes: string[] = [];
  for (const form of new Set([...Object.keys(mine), ...Object.keys(base)])) {
    const was: unknown = base[form];
    const now: unknown = mine[form];
    const other: unknown = data[form];
    if (same(was, now)) continue; // this tab did not touch the form
    if (isRecord(now) && isRecord(was) && isRecord(other)) {
      for (const field of new Set([...Object.keys(now), ...Object.keys(was)])) {
        if (same(was[field], now[field])) continue;
        if (!same(was[field], other[field]) && !same(now[field], other[field])) clashes.push(`${form}.${field}`);
        if (now[field] === undefined) delete other[field];
        else other[field] = structuredClone(now[field]);
      }
      continue;
    }
    if (!same(was, other) && !same(now, other)) clashes.push(form);
    if (now === undefined) delete data[form];
    else data[form] = structuredClone(now);
  }
  return { data: data as DossierData, clashes };
}

/** « Raison sociale (Employeur) » for `employeur.raisonSociale`; a list by its step's title. */
export function clashLabel(path: string): string {
  const [formKey, fieldKey] = path.split('.');
  const screen = FORM_SCREENS.find((s) => s.form?.key === formKey);
  if (!screen?.form) return path;
  const field = fieldKey === undefined ? undefined : formFields(screen.form).find((f) => f.key === fieldKey);
  return field ? `«\u00a0${field.label}\u00a0» (${screen.title})` : `«\u00a0${screen.title}\u00a0»`;
}
