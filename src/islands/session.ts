/**
 * The dossier session of a page: loads the current dossier once, saves changes, and tells the
 * islands when another tab replaced it. This is the interface the islands use; the persistent
 * implementation lives in `persistent-session.ts`, and `createMemorySession` keeps everything
 * in memory (tests, and browsers where storage is refused).
 */
import type { DossierData } from '../lib/dossier';
import { emptyDossier } from '../lib/dossier';

/** What the islands need from the persistence layer. */
export interface DossierSession {
  /** The current dossier (same object for every caller of one page). */
  load(): Promise<DossierData>;
  /** Schedules a save of `data` (debounced). */
  save(data: DossierData): void;
  /** Saves now what is pending. */
  flush(): Promise<void>;
  /** Calls `cb` with the new data when the dossier was replaced (another tab, an import). */
  onReplace(cb: (data: DossierData) => void): void;
}

/** A session that keeps the dossier in memory only. */
export function createMemorySession(initial: DossierData = emptyDossier()): DossierSession {
  let data = initial;
  const listeners: ((d: DossierData) => void)[] = [];
  return {
    load: async () => data,
    save: (d) => {
      data = d;
    },
    flush: async () => {},
    onReplace: (cb) => {
      listeners.push(cb);
    },
  };
}
