/**
 * The glue a form island needs, in one object: open the current dossier, save edits (debounced,
 * with the conflict check against what this tab loaded), flush on page hide, and hear about saves
 * from other tabs. Pure: the repository, channel and timers are injected.
 */
import type { DossierData } from '../dossier';
import { createAutosaver, type SaveStatus, type Timers } from './autosave';
import type { DossierRepo, LoadResult, SaveResult } from './repo';
import { createTabSync, type ChannelLike, type SavedMessage } from './tab-sync';

/** Options of `createDossierSession`. */
export interface SessionOptions {
  /** The repository (call `repo.init()` first). */
  repo: DossierRepo;
  /** BroadcastChannel (`openChannel()`), or `null`. */
  channel: ChannelLike | null;
  /** This tab's id. */
  tabId: string;
  /** Quiet time before saving (default 400 ms). */
  delayMs?: number;
  /** Timers (default: the global ones). */
  timers?: Timers;
  /** The clock. */
  now?: () => Date;
  /** Status changes, for the status line (`statusText`). */
  onStatus?: (status: SaveStatus) => void;
  /**
   * Another tab saved the open dossier after this tab loaded it. `localEdits`: this tab has edits
   * not yet written — warn; otherwise call `reload()` and show its data.
   */
  onRemoteChange?: (change: { dossierId: string; savedAt: string; localEdits: boolean }) => void;
  /** Another tab changed the list of dossiers: refresh it (`repo.list()`). */
  onListChange?: () => void;
  /** Another tab erased everything: this session stops saving (see `page-store.ts`). */
  onErased?: () => void;
}

/** The store session of one tab (see the module comment); the islands see it through `DossierSession` (`page-types.ts`). */
export interface TabSession {
  /** Saves pending edits, then opens `id` (default: the current dossier, created if none). */
  open(id?: string): Promise<LoadResult>;
  /** The open dossier's id, or `null`. */
  currentId(): string | null;
  /** The user changed a value: save `data` after the quiet time. */
  edit(data: DossierData): void;
  /** Saves now (`pagehide`, `visibilitychange` → hidden, before switching). */
  flush(): Promise<boolean>;
  /** Edits not yet written exist. */
  hasLocalEdits(): boolean;
  /** Drops local edits and loads the stored values (« recharger »). */
  reload(): Promise<LoadResult>;
  /** Writes `data` over a newer version saved by another tab (« garder mes valeurs »). */
  keepMine(data: DossierData): Promise<SaveResult>;
  /** Tells the other tabs that the list of dossiers changed (after create, rename, remove, import). */
  listChanged(): void;
  /** Tells the other tabs that a dossier was saved outside this session (the emergency copy taken back). */
  announceSaved(id: string, savedAt: string): void;
  /** Tells the other tabs that everything was erased. */
  announceErased(): void;
  /** Stops timers and listening (pending edits are not saved: `flush()` first). */
  close(): void;
}

/** Creates a session. */
export function createDossierSession(options: SessionOptions): TabSession {
  const { repo } = options;
  const base = new Map<string, string>();
  let current: string | null = null;

  const sync = createTabSync({
    channel: options.channel,
    tabId: options.tabId,
    onRemoteChange: (m: SavedMessage) => {
      const known = base.get(m.dossierId);
      if (known !== undefined && Date.parse(m.savedAt) <= Date.parse(known)) return;
      options.onRemoteChange?.({ dossierId: m.dossierId, savedAt: m.savedAt, localEdits: autosaver.hasPending() });
    },
    onListChange: options.onListChange,
    onErased: () => {
      autosaver.dispose();
      for (const id of base.keys()) autosaver.discard(id);
      if (current !== null) autosaver.discard(current);
      options.onErased?.();
    },
  });

  /** Saves with the conflict check, and tells the other tabs. */
  async function save(id: string, data: DossierData, check: boolean): Promise<SaveResult> {
    const expected = check ? base.get(id) : undefined;
    const result = await repo.save(id, data, expected === undefined ? {} : { expectedSavedAt: expected });
    if (result.ok) {
      base.set(id, result.savedAt);
      sync.saved(id, result.savedAt);
    }
    return result;
  }

  const autosaver = createAutosaver<DossierData>({
    save: (id, data) => save(id, data, true),
    delayMs: options.delayMs,
    timers: options.timers,
    now: options.now,
    onStatus: options.onStatus,
  });

  /** Loads `id` and remembers what it was based on. */
  async function load(id: string): Promise<LoadResult> {
    const result = await repo.load(id);
    if (result.ok) base.set(id, result.savedAt);
    current = id;
    sync.show(id);
    return result;
  }

  return {
    async open(id) {
      await autosaver.flush();
      const target = id ?? (await repo.ensureCurrent()).id;
      if (id !== undefined) await repo.setCurrent(id);
      return load(target);
    },
    currentId: () => current,
    edit(data) {
      if (current !== null) autosaver.edit(current, data);
    },
    flush: () => autosaver.flush(),
    hasLocalEdits: () => autosaver.hasPending(),
    async reload() {
      if (current === null) return repo.load(''); // not-found, with its message
      autosaver.discard(current);
      await autosaver.flush(); // let a write in flight land first
      return load(current);
    },
    async keepMine(data) {
      if (current === null) return repo.save('', data); // not-found, with its message
      autosaver.discard(current);
      return save(current, data, false);
    },
    listChanged: () => sync.listChanged(),
    announceSaved: (id, savedAt) => sync.saved(id, savedAt),
    announceErased: () => sync.erased(),
    close() {
      autosaver.dispose();
      sync.close();
    },
  };
}
