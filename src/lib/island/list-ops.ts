/**
 * Pure operations on a list of entries (CES, MDT, PCR): add, replace, remove, move. Each returns
 * a new array and leaves its input untouched.
 */
import { MAX_LIST_ENTRIES } from '../../model/limits';

/** The list with `entry` appended. */
export function addEntry<T>(list: readonly T[], entry: T): T[] {
  if (list.length >= MAX_LIST_ENTRIES) return [...list]; // full: the list's message says so (`check.limit.listFull`)
  return [...list, entry];
}

/** The list with entry `index` replaced (unchanged when `index` is out of range). */
export function replaceEntry<T>(list: readonly T[], index: number, entry: T): T[] {
  if (index < 0 || index >= list.length) return [...list];
  return list.map((e, i) => (i === index ? entry : e));
}

/** The list without entry `index` (unchanged when out of range). */
export function removeEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with entry `from` moved to position `to` (clamped to the list). */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item as T);
  return copy;
}
