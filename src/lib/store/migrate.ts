/**
 * Storage migrations, as a pure function from what is stored to what to write. Version 1 (the
 * first release) kept a single dossier under `dossier` as `{ version: 1, savedAt, data }` and no
 * index; version 2 keeps an index and one record per dossier (see `layout.ts`).
 *
 * The same pass repairs a lost or unreadable index by rebuilding it from the `dossier:<id>`
 * records. Nothing is ever dropped: an unreadable value is copied under a `corrupt:` key before
 * its key is reused or removed.
 */
import { defaultName } from './names';
import {
  INDEX_KEY,
  LEGACY_KEY,
  MIGRATED_V1_ID,
  RECORD_PREFIX,
  STORAGE_VERSION,
  corruptKey,
  isIsoDate,
  isObject,
  isStoredIndex,
  isStoredRecord,
  recordKey,
  versionOf,
  type IndexItem,
  type StoredIndex,
} from './layout';
import { t } from './strings';

/** Something the migration did that the user should be told (texts: `store.notice.*`). */
export type MigrationEvent = 'migrated-v1' | 'index-rebuilt' | 'legacy-corrupt';

/** What to write: `set` in order (set-aside copies, records, then the index), then `remove`. */
export interface MigrationPlan {
  /** Success. */
  ok: true;
  /** Layout found: 1 (a version-1 `dossier` key was there), 2, or `null` (empty storage). */
  from: 1 | 2 | null;
  /** Keys to write, in this order. Empty when nothing needs to change. */
  set: Array<[string, unknown]>;
  /** Keys to remove once every write succeeded. */
  remove: string[];
  /** What happened, for the user. */
  events: MigrationEvent[];
}

/** The storage was written by a newer version of the site: nothing may be touched. */
export interface MigrationRefusal {
  /** Failure. */
  ok: false;
  /** The newer version found. */
  version: number;
  /** French message (« Ce dossier vient d’une version plus récente du guide… »). */
  error: string;
}

/** A value is present (localforage returns `null` for a missing key). */
function present(raw: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(raw, key) && raw[key] !== null && raw[key] !== undefined;
}

/** Index items rebuilt from the `dossier:<id>` records, oldest first. */
function rebuildItems(raw: Readonly<Record<string, unknown>>, now: Date): IndexItem[] {
  return Object.keys(raw)
    .filter((k) => k.startsWith(RECORD_PREFIX) && k.length > RECORD_PREFIX.length && present(raw, k))
    .map((k) => {
      const value = raw[k];
      const at = isStoredRecord(value) ? value.savedAt : now.toISOString();
      const data = isObject(value) ? value.data : undefined;
      return { id: k.slice(RECORD_PREFIX.length), name: defaultName(data), named: false, createdAt: at, updatedAt: at };
    })
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Plans the move of `raw` — a snapshot of every stored key and its value — to the current layout.
 * Pure: the caller applies `set` then `remove`. Idempotent: applying a plan, then planning again,
 * gives an empty plan (the version-1 dossier gets the fixed id `MIGRATED_V1_ID`, so an interrupted
 * run is resumed, not duplicated). Refuses storage written by a newer version.
 */
export function migrate(raw: Readonly<Record<string, unknown>>, now: Date): MigrationPlan | MigrationRefusal {
  for (const key of [INDEX_KEY, LEGACY_KEY]) {
    const v = present(raw, key) ? versionOf(raw[key]) : undefined;
    if (v !== undefined && v > STORAGE_VERSION) return { ok: false, version: v, error: t('store.error.future') };
  }
  const taken = (k: string) => Object.hasOwn(raw, k);
  const set: Array<[string, unknown]> = [];
  const remove: string[] = [];
  const events: MigrationEvent[] = [];
  const index = raw[INDEX_KEY];
  const indexOk = present(raw, INDEX_KEY) && isStoredIndex(index);
  let items: IndexItem[];
  let currentId: string | null;
  let writeIndex = false;
  if (indexOk) {
    items = (index as StoredIndex).items.map((i) => ({ ...i }));
    currentId = (index as StoredIndex).currentId;
  } else {
    items = rebuildItems(raw, now);
    currentId = null;
    if (present(raw, INDEX_KEY)) set.push([corruptKey(INDEX_KEY, taken, now), index]);
    if (present(raw, INDEX_KEY) || items.length > 0) {
      events.push('index-rebuilt');
      writeIndex = true;
    }
  }
  let from: 1 | 2 | null = present(raw, INDEX_KEY) || items.length > 0 ? 2 : null;

  if (present(raw, LEGACY_KEY)) {
    const legacy = raw[LEGACY_KEY];
    if (isObject(legacy) && legacy.version === 1 && isObject(legacy.data)) {
      if (!items.some((i) => i.id === MIGRATED_V1_ID)) {
        const savedAt = isIsoDate(legacy.savedAt) ? new Date(Date.parse(legacy.savedAt)).toISOString() : now.toISOString();
        set.push([recordKey(MIGRATED_V1_ID), { version: STORAGE_VERSION, savedAt, data: legacy.data }]);
        items.push({ id: MIGRATED_V1_ID, name: defaultName(legacy.data), named: false, createdAt: savedAt, updatedAt: savedAt });
        events.push('migrated-v1');
        writeIndex = true;
      }
    } else {
      set.unshift([corruptKey(LEGACY_KEY, taken, now), legacy]);
      events.push('legacy-corrupt');
    }
    remove.push(LEGACY_KEY);
    from = 1;
  }

  if (currentId !== null && !items.some((i) => i.id === currentId)) {
    currentId = null;
    writeIndex = true;
  }
  if (currentId === null && writeIndex) currentId = items[0]?.id ?? null;
  if (writeIndex) {
    const next: StoredIndex = { version: STORAGE_VERSION, currentId, items };
    set.push([INDEX_KEY, next]);
  }
  return { ok: true, from, set, remove, events };
}
