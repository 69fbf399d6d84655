/**
 * The repository's public types: what it needs, what it offers, and the results of its
 * operations (see `repo.ts`).
 */
import type { DossierData } from '../dossier';
import type { KeyValue } from './kv';
import type { IndexItem } from './layout';
import type { MigrationEvent } from './migrate';

/** Most dossiers kept in one browser (`model/limits.ts`). */
export { MAX_DOSSIERS as MAX_STORED_DOSSIERS } from '../../model/limits';

/** What the repository needs from the outside world. */
export interface RepoDeps {
  /** Where to store (`openBrowserKV()`, or `createMemoryKV()` when storage is refused). */
  kv: KeyValue;
  /** The clock. */
  now: () => Date;
  /** A fresh unique id (`() => crypto.randomUUID()`). */
  newId: () => string;
  /**
   * Holds a lock shared by every tab of the site while an operation reads and rewrites the
   * storage (`webLock()` in the browser), so two tabs creating or renaming dossiers at the same
   * instant cannot overwrite each other's index. Without it, operations are serialised per tab only.
   */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Outcome of `init()`. */
export type InitResult =
  | { ok: true; from: 1 | 2 | null; events: MigrationEvent[]; notices: string[] }
  | { ok: false; version: number; error: string };

/** Outcome of `load()`. */
export type LoadResult =
  | { ok: true; item: IndexItem; data: DossierData; savedAt: string }
  | {
      ok: false;
      /** `not-found`: not in the index; `missing`: listed but no record; `corrupt`: set aside; `future`: newer version. */
      reason: 'not-found' | 'missing' | 'corrupt' | 'future';
      /** French message. */
      error: string;
      /** Where the raw value was set aside (`corrupt` only). */
      corruptKey?: string;
    };

/** Outcome of `save()`. */
export type SaveResult =
  | { ok: true; savedAt: string; item: IndexItem }
  | { ok: false; conflict: true; stored: { savedAt: string; data: DossierData } }
  | { ok: false; conflict: false; reason: 'not-found' | 'future' | 'invalid'; error: string };

/** Options of `save()`. */
export interface SaveOptions {
  /**
   * `savedAt` of the version the edits started from. When the stored record is newer (another tab
   * saved it meanwhile), nothing is written and the result is a conflict.
   */
  expectedSavedAt?: string;
}

/** One dossier to import, already validated (`parseImportFile`). */
export interface ImportEntry {
  /** Name from the file. */
  name: string;
  /** The name was chosen by the user (otherwise it follows the raison sociale). */
  named: boolean;
  /** Validated data. */
  data: DossierData;
}

/** The dossier repository (see the module comment). */
export interface DossierRepo {
  /** Migrates or repairs the storage (once); tells whether it is usable. Never rejects for a newer version. */
  init(): Promise<InitResult>;
  /** The dossiers, in creation order. */
  list(): Promise<IndexItem[]>;
  /** A new empty dossier, made current. A blank `name` means « follow the raison sociale ». */
  create(name?: string): Promise<IndexItem>;
  /** Renames a dossier (blank: back to the default name); `null` when it does not exist. */
  rename(id: string, name: string): Promise<IndexItem | null>;
  /** A copy « <name> (copie) » of a dossier (not made current). */
  duplicate(id: string): Promise<{ ok: true; item: IndexItem } | { ok: false; error: string }>;
  /** Deletes a dossier, its record and its set-aside copies; `false` when it did not exist. */
  remove(id: string): Promise<boolean>;
  /** « Effacer mes données »: deletes every key of the store. */
  removeAll(): Promise<void>;
  /** The current dossier's id (the first one when unset), or `null` when there is none. */
  getCurrentId(): Promise<string | null>;
  /** Makes a dossier current; `false` when it does not exist. */
  setCurrent(id: string): Promise<boolean>;
  /** The current dossier, creating « Dossier sans nom » when there is none. */
  ensureCurrent(): Promise<IndexItem>;
  /** A dossier's values, re-validated. */
  load(id: string): Promise<LoadResult>;
  /** Writes `{ version, savedAt, data }` for a dossier and updates the index. */
  save(id: string, data: DossierData, options?: SaveOptions): Promise<SaveResult>;
  /**
   * Writes imported dossiers as new ones (the first becomes current) or over the current one;
   * all or nothing: on any failure, what was written is removed and the index is unchanged.
   */
  importDossiers(
    entries: readonly ImportEntry[],
    mode: 'replace-current' | 'new',
  ): Promise<{ ok: true; items: IndexItem[] } | { ok: false; error: string }>;
}
