/**
 * The dossier store: persistence of dossiers in the browser, with no DOM. Wiring only — each
 * concern lives in its own module. `openBrowserKV` loads localforage dynamically.
 */
export { createMemoryKV, type KeyValue } from './kv';
export { createLocalforageKV, openBrowserKV, LOCALFORAGE_CONFIG, type LocalforageLike } from './localforage-kv';
export { STORAGE_VERSION, INDEX_KEY, LEGACY_KEY, recordKey, type IndexItem, type StoredIndex, type StoredRecord } from './layout';
export { migrate, type MigrationEvent, type MigrationPlan, type MigrationRefusal } from './migrate';
export {
  createDossierRepo,
  MAX_STORED_DOSSIERS,
  type DossierRepo,
  type RepoDeps,
  type InitResult,
  type LoadResult,
  type SaveResult,
  type SaveOptions,
  type ImportEntry,
} from './repo';
export { createAutosaver, type Autosaver, type AutosaverOptions, type SaveOutcome, type SaveStatus, type Timers } from './autosave';
export { statusText, frenchTime, type StatusTextOptions } from './status-text';
export { describeStorageError, StoreVersionError, SaveRefusedError } from './storage-error';
export { exportFileName, exportPayload, collectExport, EXPORT_FORMAT, EXPORT_VERSION, type ExportedDossier } from './export';
export { parseImportFile, previewText, type ImportParseResult, type ImportPreview } from './import';
export { applyImport, type ApplyImportResult, type ImportMode } from './apply-import';
export { createTabSync, openChannel, CHANNEL_NAME, type ChannelLike, type TabSync, type SavedMessage } from './tab-sync';
export { probeStorage, type ProbeResult } from './probe';
export { requestPersistence, type StorageManagerLike } from './persist';
export { webLock, STORE_LOCK, type LockManagerLike } from './lock';
export { createDossierSession, type TabSession, type SessionOptions } from './session';
export { defaultName, cleanName, slugify } from './names';
