/**
 * Defences against hostile or broken import files, applied before anything else reads them:
 * a nesting scan on the raw text (so that `JSON.parse` never meets a 100 000-deep document), and
 * a walk of the parsed value that rejects prototype-pollution keys, oversized objects, arrays and
 * strings. Every refusal is a French message; nothing here throws.
 */
import { t } from './strings';

/** Largest import file (`model/limits.ts`: above the export of one dossier at every limit). */
export { MAX_IMPORT_BYTES } from '../../model/limits';
/** Deepest nesting of an export (root › dossiers › dossier › data › list › entry is 6). */
const MAX_DEPTH = 8;
/** Most keys in one object of an import file. */
const MAX_KEYS = 100;
/** Longest array anywhere in an import file (the dossier count limit). */
const MAX_ARRAY = 200;
/** Longest string anywhere in an import file. */
const MAX_STRING = 10_000;
/** Keys that could pollute prototypes when the value is later spread or assigned. */
const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** What the raw-text scan found. */
export interface Scan {
  /** Nesting goes deeper than `MAX_DEPTH` (the scan stopped there). */
  tooDeep: boolean;
  /** The text ends inside a string or with brackets still open: truncated. */
  unclosed: boolean;
}

/** Scans JSON text for nesting depth without parsing it (strings and escapes are skipped). */
export function scanJson(text: string, maxDepth = MAX_DEPTH): Scan {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return { tooDeep: true, unclosed: false };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { tooDeep: false, unclosed: inString || depth > 0 };
}

/** Human path of a value: « dossiers › n° 2 › data › ces › n° 3 › nom » (array positions from 1). */
export function describePath(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? t('store.import.path.entry', { n: p + 1 }) : p)).join(' › ');
}

/**
 * Walks a parsed value; returns the first problem as a French message, or `null`. `path` names
 * the value in messages (see `describePath`). Recursion is bounded by the scan's depth limit.
 */
export function findHostile(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === 'string') {
    return value.length > MAX_STRING ? t('store.import.stringTooLong', { where: describePath(path), length: value.length, max: MAX_STRING }) : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (path.length > MAX_DEPTH) return t('store.import.tooDeep');
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY) return t('store.import.listTooLong', { where: describePath(path), count: value.length, max: MAX_ARRAY });
    for (let i = 0; i < value.length; i++) {
      const found = findHostile(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  const keys = Object.keys(value);
  for (const key of keys) if (FORBIDDEN_KEYS.includes(key)) return t('store.import.forbiddenKey', { key });
  if (keys.length > MAX_KEYS) return t('store.import.tooManyKeys', { where: describePath(path) || '…', count: keys.length, max: MAX_KEYS });
  for (const key of keys) {
    const found = findHostile((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}
