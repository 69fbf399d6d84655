/**
 * Every place this site writes in the browser, in one list — and the one erase that empties them
 * all. « Effacer mes données » (privacy page), the dossier manager's erase and the tests use
 * `eraseSiteData`; a new key is added here or it is not erased. No DOM: the storages are injected.
 *
 * - IndexedDB database `guide-siseri` (store `dossiers`, through localforage): the dossiers, their
 *   index, set-aside copies and the ticks of « Recopier dans PASS » (`copies:<dossier id>`). Where IndexedDB is refused, localforage writes the same keys to
 *   `localStorage` under `guide-siseri/dossiers/`.
 * - `localStorage`: the step statuses and the open dossier's name for the badges of every page
 *   (no typed value), and the emergency copy of edits not yet written when a page closed.
 * - `sessionStorage` (this tab only): which dossier this tab has open, and this tab's copy of the
 *   badges' mirror (so that a tab showing another dossier does not change this tab's badges).
 * - Cache Storage: the service worker's caches hold only the site's own files, never user data;
 *   erase leaves them (they are the offline copy of the site).
 */

/** The IndexedDB database and store (localforage's `name` and `storeName`; fixed since the first release). */
export const DATABASE = { name: 'guide-siseri', storeName: 'dossiers' } as const;

/** Every `localStorage` key the site writes itself. */
export const LOCAL_KEYS = {
  /** Step slug → status, for the badges (no typed value). */
  statusMirror: 'guide-siseri:statuts',
  /** The open dossier's name, shown in the header of every page. */
  dossierName: 'guide-siseri:dossier-courant',
  /** Edits a closing page could not write to IndexedDB in time (the dossier's values). */
  rescue: 'guide-siseri:sauvetage',
  /** The reader's light/dark choice (`THEME_KEY` of lib/early-state.ts; no dossier data, erased too). */
  theme: 'guide-siseri:theme',
} as const;

/** Every `sessionStorage` key the site writes (per tab). */
export const SESSION_KEYS = {
  /** Id of the dossier this tab has open. */
  openDossier: 'guide-siseri:dossier-onglet',
  /** This tab's copy of the badges' mirror (read first: another tab may show another dossier). */
  statusMirror: LOCAL_KEYS.statusMirror,
  /** This tab's copy of the open dossier's name. */
  dossierName: LOCAL_KEYS.dossierName,
} as const;

/** Every key of the site starts with this (`guide-siseri:` and localforage's `guide-siseri/dossiers/`). */
const KEY_PREFIX = 'guide-siseri';

/** The part of `localStorage` / `sessionStorage` used. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** `localStorage` or `sessionStorage`, or `null` where reading it throws (storage disabled). */
export function webStorage(get: () => Storage): StorageLike | null {
  try {
    return get();
  } catch {
    return null;
  }
}

/** Removes every key of the site from a Web Storage (never throws). */
export function clearSiteKeys(storage: StorageLike | null): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null && k.startsWith(KEY_PREFIX)) keys.push(k);
    }
    for (const k of [...Object.values(LOCAL_KEYS), ...Object.values(SESSION_KEYS), ...keys]) storage.removeItem(k);
  } catch {
    /* storage refused: nothing of ours can be there */
  }
}

/** What `eraseSiteData` empties. */
export interface EraseTargets {
  /** Deletes every key of the IndexedDB store (`repo.removeAll()`). */
  removeStore: () => Promise<void>;
  /** `localStorage`, or `null`. */
  local: StorageLike | null;
  /** `sessionStorage` (this tab's keys), or `null`. */
  tab: StorageLike | null;
}

/**
 * Erases everything the site stored: the Web Storage keys first (so that nothing typed survives
 * even if IndexedDB then fails), then the dossier store. Rejects only when the store fails.
 */
export async function eraseSiteData(targets: EraseTargets): Promise<void> {
  clearSiteKeys(targets.local);
  clearSiteKeys(targets.tab);
  await targets.removeStore();
  clearSiteKeys(targets.local); // a page that saved meanwhile rewrote its badges' mirror
}
