/**
 * The browser's storage: localforage (IndexedDB, localStorage as a fallback) behind `KeyValue`.
 * The only module that imports localforage, and only dynamically, so that pages without a
 * dossier island never download it.
 */
import type { KeyValue } from './kv';
import { DATABASE } from './site-keys';

/** The part of a localforage instance the store uses. */
export interface LocalforageLike {
  /** See localforage. */
  getItem(key: string): Promise<unknown>;
  /** See localforage. */
  setItem(key: string, value: unknown): Promise<unknown>;
  /** See localforage. */
  removeItem(key: string): Promise<void>;
  /** See localforage. */
  keys(): Promise<string[]>;
}

/** Database name and store name of the guide's dossiers (listed with every key in `site-keys.ts`). */
export const LOCALFORAGE_CONFIG = DATABASE;

/** Wraps a localforage instance (or anything with its four methods) as a `KeyValue`. */
export function createLocalforageKV(lf: LocalforageLike): KeyValue {
  return {
    getItem: (key) => lf.getItem(key),
    setItem: async (key, value) => {
      await lf.setItem(key, value);
    },
    removeItem: (key) => lf.removeItem(key),
    keys: () => lf.keys(),
  };
}

/**
 * Loads localforage and opens the guide's store (IndexedDB first, then localStorage). Probe it
 * with `probeStorage` before use: opening succeeds even where writes later fail.
 */
export async function openBrowserKV(): Promise<KeyValue> {
  const { default: localforage } = await import('localforage');
  const instance = localforage.createInstance({
    ...LOCALFORAGE_CONFIG,
    driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
    description: 'Dossiers préparés pour PASS (SISERI), enregistrés seulement dans ce navigateur.',
  });
  return createLocalforageKV(instance);
}
