/**
 * Writing an import into the repository, all or nothing: records first, the index last (the
 * single write that makes them visible); on any failure the records written are removed, or the
 * replaced record restored, and the index is left as it was.
 */
import type { Inspected } from './inspect';
import { setAside } from './inspect';
import type { KeyValue } from './kv';
import { STORAGE_VERSION, nextSavedAt, recordKey, type IndexItem, type StoredIndex } from './layout';
import { cleanName, itemName } from './names';
import { MAX_STORED_DOSSIERS, type ImportEntry } from './repo-types';
import { describeStorageError } from './storage-error';
import { t } from './strings';

/** What `writeImport` needs from the repository's internals. */
export interface ImportContext {
  /** The storage. */
  kv: KeyValue;
  /** The clock. */
  now: () => Date;
  /** The current dossier's id within an index. */
  currentOf: (index: StoredIndex) => string | null;
  /** Reads and classifies a record. */
  inspect: (id: string) => Promise<Inspected>;
  /** Writes a new dossier's record and adds it to `index` (not written). */
  addDossier: (index: StoredIndex, name: string | undefined, data: ImportEntry['data']) => Promise<IndexItem>;
  /** Writes the index. */
  writeIndex: (index: StoredIndex) => Promise<void>;
}

/** Writes `entries` into `index` with `mode` (see the module comment). Never rejects. */
export async function writeImport(
  ctx: ImportContext,
  index: StoredIndex,
  entries: readonly ImportEntry[],
  mode: 'replace-current' | 'new',
): Promise<{ ok: true; items: IndexItem[] } | { ok: false; error: string }> {
  const written: string[] = [];
  try {
    if (mode === 'replace-current') {
      const [entry] = entries;
      if (entries.length !== 1 || !entry) return { ok: false, error: t('store.import.replaceNeedsOne', { count: entries.length }) };
      const current = index.items.find((i) => i.id === ctx.currentOf(index));
      if (!current) return { ok: false, error: t('store.import.noCurrent') };
      const rec = await ctx.inspect(current.id);
      if (rec.kind === 'future') return { ok: false, error: t('store.error.future') };
      if (rec.kind === 'corrupt') await setAside(ctx.kv, current.id, rec.raw, ctx.now());
      const savedAt = nextSavedAt(ctx.now(), rec.kind === 'ok' ? rec.savedAt : undefined);
      const previous = await ctx.kv.getItem(recordKey(current.id));
      await ctx.kv.setItem(recordKey(current.id), { version: STORAGE_VERSION, savedAt, data: entry.data });
      try {
        const named = entry.named && cleanName(entry.name) !== '';
        Object.assign(current, { named, name: itemName(named, entry.name, entry.data), updatedAt: savedAt });
        index.currentId = current.id;
        await ctx.writeIndex(index);
      } catch (err) {
        if (previous === null) await ctx.kv.removeItem(recordKey(current.id)).catch(() => undefined);
        else await ctx.kv.setItem(recordKey(current.id), previous).catch(() => undefined);
        throw err;
      }
      return { ok: true, items: [{ ...current }] };
    }
    if (index.items.length + entries.length > MAX_STORED_DOSSIERS) {
      return { ok: false, error: t('store.import.tooManyStored', { count: index.items.length + entries.length, max: MAX_STORED_DOSSIERS }) };
    }
    const items: IndexItem[] = [];
    for (const entry of entries) {
      const item = await ctx.addDossier(index, entry.named ? entry.name : undefined, entry.data);
      written.push(item.id);
      items.push(item);
    }
    const [first] = items;
    if (first) index.currentId = first.id;
    await ctx.writeIndex(index);
    return { ok: true, items: items.map((i) => ({ ...i })) };
  } catch (err) {
    for (const id of written) await ctx.kv.removeItem(recordKey(id)).catch(() => undefined);
    return { ok: false, error: t('store.import.writeFailed', { reason: describeStorageError(err) }) };
  }
}
