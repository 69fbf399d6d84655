/**
 * The dossier repository: several dossiers (one per company or establishment) in a `KeyValue`,
 * laid out as `layout.ts` describes. Every operation runs after the previous one (a queue), reads
 * the index fresh from storage (another tab may have changed it), and re-validates stored data
 * with `parseDossierData`. A record that fails validation is set aside under `corrupt:`, never
 * dropped. Operations reject only when the storage itself fails, or with `StoreVersionError` when
 * the storage was written by a newer version of the site (call `init()` first to learn it).
 */
import { emptyDossier, type DossierData } from '../dossier';
import { parseDossierData } from '../schema';
import { inspectRecord, setAside, type Inspected } from './inspect';
import {
  CORRUPT_PREFIX,
  INDEX_KEY,
  LEGACY_KEY,
  STORAGE_VERSION,
  isStoredIndex,
  nextSavedAt,
  recordKey,
  versionOf,
  type IndexItem,
  type StoredIndex,
} from './layout';
import { migrate } from './migrate';
import { cleanName, defaultName, itemName } from './names';
import { createQueue } from './queue';
import { writeImport } from './repo-import';
import type { DossierRepo, InitResult, LoadResult, RepoDeps, SaveResult } from './repo-types';
import { StoreVersionError } from './storage-error';
import { t } from './strings';

export type { DossierRepo, ImportEntry, LoadResult, RepoDeps, SaveResult } from './repo-types';

/** Creates the repository over `deps.kv`. */
export function createDossierRepo(deps: RepoDeps): DossierRepo {
  const { kv, now, newId } = deps;
  const enqueue = createQueue(deps.exclusive);
  let initResult: Promise<InitResult> | undefined;

  /** Reads every key and applies the migration plan. */
  async function runMigration(): Promise<InitResult> {
    const raw: Record<string, unknown> = {};
    for (const key of await kv.keys()) raw[key] = await kv.getItem(key);
    const plan = migrate(raw, now());
    if (!plan.ok) return plan;
    for (const [key, value] of plan.set) await kv.setItem(key, value);
    for (const key of plan.remove) await kv.removeItem(key);
    const notices = plan.events.map((e) =>
      t(e === 'migrated-v1' ? 'store.notice.migratedV1' : e === 'index-rebuilt' ? 'store.notice.indexRebuilt' : 'store.notice.legacyCorrupt'),
    );
    return { ok: true, from: plan.from, events: plan.events, notices };
  }

  /** The fast path: a valid index and no version-1 key means nothing to migrate. */
  async function initOnce(): Promise<InitResult> {
    const index = await kv.getItem(INDEX_KEY);
    if (isStoredIndex(index) && (await kv.getItem(LEGACY_KEY)) === null) return { ok: true, from: 2, events: [], notices: [] };
    return runMigration();
  }

  /** Runs `task` in the queue once the storage is known to be usable. */
  function op<T>(task: () => Promise<T>): Promise<T> {
    return enqueue(async () => {
      initResult ??= initOnce().catch((err: unknown) => {
        initResult = undefined; // let a later call retry
        throw err;
      });
      const init = await initResult;
      if (!init.ok) throw new StoreVersionError(init.error);
      return task();
    });
  }

  /** The index as stored now (repaired when another tab left it unreadable). */
  async function readIndex(): Promise<StoredIndex> {
    const index = await kv.getItem(INDEX_KEY);
    if (index === null) return { version: STORAGE_VERSION, currentId: null, items: [] };
    if (isStoredIndex(index)) return index;
    const v = versionOf(index);
    if (v !== undefined && v > STORAGE_VERSION) throw new StoreVersionError(t('store.error.future'));
    const repaired = await runMigration();
    if (!repaired.ok) throw new StoreVersionError(repaired.error);
    return readIndex();
  }

  /** Writes the index. */
  async function writeIndex(index: StoredIndex): Promise<void> {
    await kv.setItem(INDEX_KEY, { version: STORAGE_VERSION, currentId: index.currentId, items: index.items });
  }

  /** The current id within `index`. */
  function currentOf(index: StoredIndex): string | null {
    if (index.currentId !== null && index.items.some((i) => i.id === index.currentId)) return index.currentId;
    return index.items[0]?.id ?? null;
  }

  /** An id not used in `index`. */
  function freshId(index: StoredIndex): string {
    let id = newId();
    while (index.items.some((i) => i.id === id)) id = newId();
    return id;
  }

  /** Reads and classifies a record. */
  async function inspect(id: string): Promise<Inspected> {
    return inspectRecord(await kv.getItem(recordKey(id)));
  }

  /** Creates a dossier with `data` in `index` (not written). */
  async function addDossier(index: StoredIndex, name: string | undefined, data: DossierData): Promise<IndexItem> {
    const at = now().toISOString();
    const named = cleanName(name ?? '') !== '';
    const item: IndexItem = { id: freshId(index), name: itemName(named, name ?? '', data), named, createdAt: at, updatedAt: at };
    await kv.setItem(recordKey(item.id), { version: STORAGE_VERSION, savedAt: at, data });
    index.items.push(item);
    return item;
  }

  const repo: DossierRepo = {
    init: () =>
      enqueue(() => {
        initResult ??= initOnce();
        return initResult.catch((err: unknown) => {
          initResult = undefined;
          throw err;
        });
      }),

    list: () => op(async () => (await readIndex()).items.map((i) => ({ ...i }))),

    create: (name) =>
      op(async () => {
        const index = await readIndex();
        const item = await addDossier(index, name, emptyDossier());
        index.currentId = item.id;
        await writeIndex(index);
        return { ...item };
      }),

    rename: (id, name) =>
      op(async () => {
        const index = await readIndex();
        const item = index.items.find((i) => i.id === id);
        if (!item) return null;
        const rec = await inspect(id);
        item.named = cleanName(name) !== '';
        item.name = itemName(item.named, name, rec.kind === 'ok' ? rec.data : undefined);
        await writeIndex(index);
        return { ...item };
      }),

    duplicate: (id) =>
      op(async () => {
        const index = await readIndex();
        const source = index.items.find((i) => i.id === id);
        if (!source) return { ok: false as const, error: t('store.error.notFound') };
        const rec = await inspect(id);
        if (rec.kind !== 'ok') {
          const error = rec.kind === 'future' ? t('store.error.future') : t('store.error.missing', { name: source.name });
          return { ok: false as const, error };
        }
        const item = await addDossier(index, t('store.name.copy', { name: source.name }), rec.data);
        await writeIndex(index);
        return { ok: true as const, item: { ...item } };
      }),

    remove: (id) =>
      op(async () => {
        const index = await readIndex();
        if (!index.items.some((i) => i.id === id)) return false;
        index.items = index.items.filter((i) => i.id !== id);
        if (index.currentId === id) index.currentId = index.items[0]?.id ?? null;
        await writeIndex(index);
        await kv.removeItem(recordKey(id));
        for (const key of await kv.keys()) {
          if (key === `${CORRUPT_PREFIX}${id}` || key.startsWith(`${CORRUPT_PREFIX}${id}:`)) await kv.removeItem(key);
        }
        return true;
      }),

    removeAll: () =>
      enqueue(async () => {
        for (const key of await kv.keys()) await kv.removeItem(key);
        initResult = undefined;
      }),

    getCurrentId: () => op(async () => currentOf(await readIndex())),

    setCurrent: (id) =>
      op(async () => {
        const index = await readIndex();
        if (!index.items.some((i) => i.id === id)) return false;
        if (index.currentId !== id) {
          index.currentId = id;
          await writeIndex(index);
        }
        return true;
      }),

    ensureCurrent: () =>
      op(async () => {
        const index = await readIndex();
        const current = currentOf(index);
        const found = index.items.find((i) => i.id === current);
        if (found) {
          if (index.currentId !== found.id) {
            index.currentId = found.id;
            await writeIndex(index);
          }
          return { ...found };
        }
        const item = await addDossier(index, undefined, emptyDossier());
        index.currentId = item.id;
        await writeIndex(index);
        return { ...item };
      }),

    load: (id) =>
      op(async (): Promise<LoadResult> => {
        const index = await readIndex();
        const item = index.items.find((i) => i.id === id);
        if (!item) return { ok: false, reason: 'not-found', error: t('store.error.notFound') };
        const rec = await inspect(id);
        switch (rec.kind) {
          case 'ok':
            return { ok: true, item: { ...item }, data: rec.data, savedAt: rec.savedAt };
          case 'absent':
            return { ok: false, reason: 'missing', error: t('store.error.missing', { name: item.name }) };
          case 'future':
            return { ok: false, reason: 'future', error: t('store.error.future') };
          case 'corrupt': {
            const corruptKey = await setAside(kv, id, rec.raw, now());
            return { ok: false, reason: 'corrupt', error: t('store.error.corrupt', { name: item.name, reason: rec.error }), corruptKey };
          }
        }
      }),

    save: (id, data, options = {}) =>
      op(async (): Promise<SaveResult> => {
        const parsed = parseDossierData(data);
        if (!parsed.ok) return { ok: false, conflict: false, reason: 'invalid', error: t('store.reason.invalid', { detail: parsed.error }) };
        const index = await readIndex();
        const item = index.items.find((i) => i.id === id);
        if (!item) return { ok: false, conflict: false, reason: 'not-found', error: t('store.error.notFound') };
        const rec = await inspect(id);
        if (rec.kind === 'future') return { ok: false, conflict: false, reason: 'future', error: t('store.error.future') };
        if (rec.kind === 'corrupt') await setAside(kv, id, rec.raw, now());
        const expected = options.expectedSavedAt;
        if (rec.kind === 'ok' && expected !== undefined && Date.parse(rec.savedAt) > Date.parse(expected)) {
          return { ok: false, conflict: true, stored: { savedAt: rec.savedAt, data: rec.data } };
        }
        const savedAt = nextSavedAt(now(), rec.kind === 'ok' ? rec.savedAt : undefined);
        await kv.setItem(recordKey(id), { version: STORAGE_VERSION, savedAt, data: parsed.data });
        item.updatedAt = savedAt;
        if (!item.named) item.name = defaultName(parsed.data);
        await writeIndex(index);
        return { ok: true, savedAt, item: { ...item } };
      }),

    importDossiers: (entries, mode) =>
      op(async () => writeImport({ kv, now, currentOf, inspect, addDossier, writeIndex }, await readIndex(), entries, mode)),
  };
  return repo;
}
