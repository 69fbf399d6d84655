/**
 * Total readers of untrusted dossier values: stored or imported data may miss keys, hold wrong
 * types, or be any object at all. None of these functions throws, whatever it is given.
 */

/** The text of a value: a string as is, anything else as `''` (a wrong type counts as blank). */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Whether a value is blank: `false`, a missing or wrong-typed value, or only white space. */
export function isBlank(value: unknown): boolean {
  return value !== true && textOf(value).trim() === '';
}

/** The own property `key` of `source` if it is an object, else `undefined` (never throws, even on proxies). */
export function read(source: unknown, key: string | number): unknown {
  if (source === null || typeof source !== 'object') return undefined;
  try {
    const k = String(key);
    return Object.hasOwn(source, k) ? (source as Record<string, unknown>)[k] : undefined;
  } catch {
    return undefined;
  }
}

/** The number of entries of `source` if it is an array, else 0 (never throws). */
export function listLength(source: unknown): number {
  try {
    return Array.isArray(source) ? source.length : 0;
  } catch {
    return 0;
  }
}
