/**
 * A mirror of the current dossier's step statuses in `localStorage`, so that every page can show
 * the step-navigation badges without loading the dossier store or the validators. It holds only
 * statuses (no value typed by the user) and is rewritten after each save.
 */
import { isStepStatus, type StepStatus } from '../i18n/status.fr';

import { LOCAL_KEYS } from './store/site-keys';

/** `localStorage` key of the mirror (every key of the site: `store/site-keys.ts`). */
export const STATUS_MIRROR_KEY = LOCAL_KEYS.statusMirror;

/** The mirror: step slug → status. */
export type StatusMirror = Record<string, StepStatus>;

/** Parses the stored mirror, keeping only well-formed entries (never throws). */
export function parseStatusMirror(raw: string | null): StatusMirror {
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: StatusMirror = {};
    for (const [k, s] of Object.entries(v as Record<string, unknown>)) {
      if (/^[a-z-]{1,40}$/.test(k) && isStepStatus(s)) out[k] = s;
    }
    return out;
  } catch {
    return {};
  }
}

/** `localStorage` key of the current dossier's name, shown in the header of every page. */
export const DOSSIER_NAME_KEY = LOCAL_KEYS.dossierName;
