/**
 * The storage the store writes to: an async key–value map with localforage's four methods, so
 * that the repository runs the same on IndexedDB (`localforage-kv.ts`) and in memory (tests, and
 * the fallback when the browser refuses storage).
 */

/** An async key–value storage (localforage's API). Values are structured-cloneable data. */
export interface KeyValue {
  /** The value stored under `key`, or `null` when there is none. */
  getItem(key: string): Promise<unknown>;
  /** Stores a copy of `value` under `key`. */
  setItem(key: string, value: unknown): Promise<void>;
  /** Removes `key` (no-op when absent). */
  removeItem(key: string): Promise<void>;
  /** Every key currently stored. */
  keys(): Promise<string[]>;
}

/**
 * A `KeyValue` held in memory, lost when the page closes. Values are copied with
 * `structuredClone` on the way in and out, as IndexedDB does, so callers never share objects
 * with the storage.
 */
export function createMemoryKV(initial: Record<string, unknown> = {}): KeyValue {
  const map = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  return {
    async getItem(key) {
      return map.has(key) ? structuredClone(map.get(key)) : null;
    },
    async setItem(key, value) {
      map.set(key, structuredClone(value));
    },
    async removeItem(key) {
      map.delete(key);
    },
    async keys() {
      return [...map.keys()];
    },
  };
}
