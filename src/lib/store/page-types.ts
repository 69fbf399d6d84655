/**
 * The dossier session as the islands see it (the one `DossierSession` of the site): load the
 * current dossier, save changes, flush, and be told when the dossier was replaced (another tab,
 * an import) or when the save status changed; and the dossier manager. Implemented by
 * `page-store.ts` (logic) and wired to the browser by `islands/persistent-session.ts`.
 */
import type { DossierData } from '../dossier';
import type { Timers } from './autosave';
import type { KeyValue } from './kv';
import type { ProbeResult } from './probe';
import type { DossierRepo, RepoDeps } from './repo';
import type { TabSession } from './session';
import type { StorageLike } from './site-keys';
import type { ChannelLike } from './tab-sync';

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

/** What the page store needs from the browser. */
export interface PageStoreDeps {
  /** Opens the browser's storage (`openBrowserKV`); a rejection means memory. */
  openKV: () => Promise<KeyValue>;
  /** Checks the storage (`probeStorage`). */
  probe: (kv: KeyValue) => Promise<ProbeResult>;
  now: () => Date;
  newId: () => string;
  /** The cross-tab lock (`webLock`). */
  exclusive?: RepoDeps['exclusive'];
  /** `openChannel()`, or `null`. */
  channel: () => ChannelLike | null;
  /** `localStorage` (emergency copy), or `null`. */
  local: StorageLike | null;
  /** `sessionStorage` (this tab's open dossier), or `null`. */
  tab: StorageLike | null;
  /** The dossier shown changed or was saved: update the badges' mirror. */
  mirror: (data: DossierData, name: string) => void;
  /** First successful save in storage: ask the browser to keep it. */
  persist?: () => void;
  /** Autosave quiet time and timers (tests). */
  delayMs?: number;
  timers?: Timers;
}

/** The page's store: the islands' session, plus what the manager and the DOM glue use. */
export interface PageStore extends DossierSession {
  /** The repository in use (memory after a fallback). */
  repo(): DossierRepo;
  /** The store session in use. */
  tabSession(): TabSession;
  /** The values shown, and the open dossier's name. */
  current(): { data: DossierData; name: string };
  /** Storage is memory only (refused or failed). */
  memoryOnly(): boolean;
  /** Opens `id` (default: this tab's dossier) and shows it. */
  openAndShow(id?: string): Promise<void>;
  /** Renames the open dossier in the mirror. */
  setName(name: string): void;
  /** Shows a notice (`null` clears it). */
  notice(n: SessionNotice | null): void;
  /** The page is hidden or closing: copy unsaved edits to the emergency copy, then flush. */
  hide(): void;
  /** Leaving now would lose edits (memory only, a decision pending, or no emergency copy). */
  wouldLoseWork(): boolean;
}
