/**
 * The dossier session as the islands see it: load the current dossier, save changes, flush,
 * and be told when the dossier was replaced (another tab, an import) or when the save status
 * changed. `page-session.ts` gives the page's one session; the persistent implementation
 * (`persistent-session.ts`, IndexedDB through localforage) is loaded lazily.
 */
import type { DossierData } from '../lib/dossier';

/** A save-status line and its tone. */
export interface SessionStatus {
  /** French sentence (« Enregistré dans ce navigateur à 14 h 32 »). */
  text: string;
  /** `error` for failures (shown as an alert), `info` otherwise. */
  tone: 'info' | 'error';
}

/** A notice that needs the user's decision or attention. */
export interface SessionNotice {
  /** What happened. */
  kind: 'memory-only' | 'remote-change' | 'conflict' | 'load-error' | 'info';
  /** French explanation. */
  text: string;
}

/** What the islands need from the persistence layer. */
export interface DossierSession {
  /** The current dossier (the same object for every caller of one page). */
  load(): Promise<DossierData>;
  /** The user changed a value: save `data` after a quiet time. */
  save(data: DossierData): void;
  /** Saves now what is pending. */
  flush(): Promise<void>;
  /** Calls `cb` with the new data when the dossier was replaced (another tab, reload). */
  onReplace(cb: (data: DossierData) => void): void;
  /** Calls `cb` on every save-status change. */
  onStatus(cb: (status: SessionStatus) => void): void;
  /** Calls `cb` with a notice (`null` clears it). */
  onNotice(cb: (notice: SessionNotice | null) => void): void;
  /** Drops this tab's edits and shows the stored version (after a remote change or conflict). */
  reload(): Promise<void>;
  /** Keeps this tab's values over the other tab's (after a conflict). */
  keepMine(): Promise<void>;
  /** Downloads the current dossier as a JSON file (the backup when storage fails). */
  exportCurrent(): Promise<void>;
}
