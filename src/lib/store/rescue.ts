/**
 * The emergency copy: a page hidden or closed with edits not yet written cannot wait for
 * IndexedDB, so the edits go at once to `localStorage` (`LOCAL_KEYS.rescue`) with the version they
 * started from — its `savedAt` and its values. The next page takes them back: over the stored
 * version if it is still that one, merged field by field (`mergeDossiers`) if another tab saved
 * meanwhile. The copy is removed only once what it holds is saved.
 */
import type { DossierData } from '../dossier';
import { LOCAL_KEYS, type StorageLike } from './site-keys';

/** The rescue copy. */
export interface Rescue {
  /** The dossier's id. */
  id: string;
  /** `savedAt` of the stored version the edits started from. */
  base: string;
  /** The values of that version (to merge if the stored version moved). */
  was: DossierData;
  /** The values with the edits. */
  data: DossierData;
  /** The page that wrote it (only that page removes it after saving). */
  tab?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Writes the copy; `false` when storage refused it (full, disabled). */
export function writeRescue(storage: StorageLike | null, rescue: Rescue): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LOCAL_KEYS.rescue, JSON.stringify(rescue));
    return true;
  } catch {
    return false;
  }
}

/** The copy, or `null` (none, unreadable, malformed — a malformed copy is removed). */
export function readRescue(storage: StorageLike | null): Rescue | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(LOCAL_KEYS.rescue);
    if (raw === null) return null;
    const r: unknown = JSON.parse(raw);
    if (isObject(r) && typeof r.id === 'string' && typeof r.base === 'string' && isObject(r.data)) {
      const tab = typeof r.tab === 'string' ? { tab: r.tab } : {};
      return { id: r.id, base: r.base, was: (isObject(r.was) ? r.was : {}) as DossierData, data: r.data as DossierData, ...tab };
    }
  } catch {
    /* unreadable: drop it below */
  }
  clearRescue(storage);
  return null;
}

/** Removes the copy — with `only`, just when that page wrote it for that dossier (never throws). */
export function clearRescue(storage: StorageLike | null, only?: { id: string; tab: string }): void {
  if (!storage) return;
  try {
    if (only) {
      const r = readRescue(storage);
      if (!r || r.id !== only.id || r.tab !== only.tab) return;
    }
    storage.removeItem(LOCAL_KEYS.rescue);
  } catch {
    /* storage refused */
  }
}
