/**
 * What the store writes, and under which keys (storage version 2):
 *
 * - `index` → `StoredIndex` `{ version: 2, currentId, items: [{ id, name, named, createdAt, updatedAt }] }`
 * - `dossier:<id>` → `StoredRecord` `{ version: 2, savedAt, data }` (one per dossier)
 * - `corrupt:<id>`, `corrupt:<id>:<ISO date>`, `corrupt:index`, `corrupt:dossier` → a raw value that
 *   failed validation, set aside rather than dropped
 * - `probe:<n>` → a short-lived probe value (`probeStorage`)
 *
 * Version 1 (the first release) wrote one dossier under `dossier` as `{ version: 1, savedAt,
 * data }`, with no index; `migrate.ts` carries it over.
 */
import type { DossierData } from '../dossier';

/** The storage layout version this code writes. */
export const STORAGE_VERSION = 2;

/** Key of the list of dossiers. */
export const INDEX_KEY = 'index';

/** Key of the single dossier written by version 1. */
export const LEGACY_KEY = 'dossier';

/** Prefix of a dossier's record key. */
export const RECORD_PREFIX = 'dossier:';

/** Prefix of the keys of values set aside because they failed validation. */
export const CORRUPT_PREFIX = 'corrupt:';

/** Prefix of the probe keys. */
export const PROBE_PREFIX = 'probe:';

/** Id given to the dossier carried over from version 1 (fixed, so a re-run migration is a no-op). */
export const MIGRATED_V1_ID = 'v1';

/** Key of a dossier's record. */
export function recordKey(id: string): string {
  return RECORD_PREFIX + id;
}

/** One dossier in the index. */
export interface IndexItem {
  /** Stable id (part of the record key). */
  id: string;
  /** Name shown in the dossier list. */
  name: string;
  /** The user chose the name; otherwise it follows the employer's raison sociale. */
  named: boolean;
  /** ISO date of creation. */
  createdAt: string;
  /** ISO date of the last save. */
  updatedAt: string;
}

/** The list of dossiers. */
export interface StoredIndex {
  /** Storage version (2). */
  version: number;
  /** Id of the dossier open last, or `null`. */
  currentId: string | null;
  /** The dossiers, in creation order. */
  items: IndexItem[];
}

/** One dossier's values as stored. */
export interface StoredRecord {
  /** Storage version (2). */
  version: number;
  /** ISO date of the write. */
  savedAt: string;
  /** The values (re-validated on every load). */
  data: DossierData;
}

/** `value` is a plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` is a string that `Date.parse` reads. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** The version number a stored value declares, or `undefined`. */
export function versionOf(value: unknown): number | undefined {
  return isObject(value) && typeof value.version === 'number' ? value.version : undefined;
}

/** `value` is an index item as this version writes it. */
function isIndexItem(value: unknown): value is IndexItem {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.name === 'string' &&
    typeof value.named === 'boolean' &&
    isIsoDate(value.createdAt) &&
    isIsoDate(value.updatedAt)
  );
}

/** `value` is a version-2 index with well-formed, unique items. */
export function isStoredIndex(value: unknown): value is StoredIndex {
  if (!isObject(value) || value.version !== STORAGE_VERSION || !Array.isArray(value.items)) return false;
  if (!(value.currentId === null || typeof value.currentId === 'string')) return false;
  if (!value.items.every(isIndexItem)) return false;
  return new Set(value.items.map((i) => i.id)).size === value.items.length;
}

/** `value` has the envelope of a version-2 record (its `data` is checked separately). */
export function isStoredRecord(value: unknown): value is StoredRecord {
  return isObject(value) && value.version === STORAGE_VERSION && isIsoDate(value.savedAt) && 'data' in value;
}

/**
 * A free key to set a raw value aside: `corrupt:<base>`, or `corrupt:<base>:<ISO date>` (then
 * `…:<ISO date>:2`, `…:3`) when taken, so that an earlier copy is never overwritten.
 */
export function corruptKey(base: string, taken: (key: string) => boolean, now: Date): string {
  const first = CORRUPT_PREFIX + base;
  if (!taken(first)) return first;
  const dated = `${first}:${now.toISOString()}`;
  if (!taken(dated)) return dated;
  let n = 2;
  while (taken(`${dated}:${n}`)) n++;
  return `${dated}:${n}`;
}

/** A `savedAt` after both the clock and the stored one, so that saves always move forward. */
export function nextSavedAt(now: Date, previous: string | undefined): string {
  const prev = previous ? Date.parse(previous) : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now.getTime(), prev + 1)).toISOString();
}
