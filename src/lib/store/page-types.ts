/**
 * The dossier session as the islands see it (the one `DossierSession` of the site): load the
 * current dossier, save changes, flush, and be told when the dossier was replaced (another tab,
 * an import) or when the save status changed; and the dossier manager. Implemented by
 * `page-store.ts` (logic) and wired to the browser by `islands/persistent-session.ts`.
 */
import type { DossierData } from '../dossier';

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
  kind: 'memory-only' | 'remote-change' | 'conflict' | 'load-error' | 'save-error' | 'info';
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

/** A dossier of the list, as the dossier manager shows it. */
export interface DossierItem {
  /** Stable id. */
  id: string;
  /** Name shown. */
  name: string;
  /** ISO date of the last save. */
  updatedAt: string;
}

/** Result of reading an import file: a preview, or a French error. */
export type ImportCheck = { ok: true; preview: string; count: number } | { ok: false; error: string };

/** Operations on the dossiers of this browser (summary and privacy pages). */
export interface DossierManager {
  /** The dossiers, and which one is open. */
  list(): Promise<{ items: DossierItem[]; currentId: string | null }>;
  /** Opens another dossier (after saving the current one). */
  switchTo(id: string): Promise<void>;
  /** A new empty dossier, opened. */
  create(name: string): Promise<void>;
  /** Renames a dossier. */
  rename(id: string, name: string): Promise<void>;
  /** Copies a dossier. */
  duplicate(id: string): Promise<void>;
  /** Deletes a dossier (another one, or a new empty one, is opened if it was open). */
  remove(id: string): Promise<void>;
  /** Downloads the open dossier, or all of them, as JSON. */
  exportFile(scope: 'one' | 'all'): Promise<void>;
  /** Reads an import file and keeps it until `applyImport` or another `checkImport`. */
  checkImport(text: string, byteLength: number): ImportCheck;
  /** Applies the checked file: over the open dossier, or as new dossiers. */
  applyImport(mode: 'replace-current' | 'new'): Promise<{ ok: true; message: string } | { ok: false; error: string }>;
  /** « Effacer mes données »: deletes every dossier and the badges' mirror. */
  eraseAll(): Promise<void>;
}
