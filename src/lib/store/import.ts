/**
 * Reading an import file, validating everything before anything is written: size (before
 * parsing), nesting, JSON syntax, hostile content (`guard.ts`), the `format` marker, the version
 * (older files are migrated, newer ones refused), the number of dossiers, the shape of every
 * value, and finally each dossier's data through `parseDossierData`. Never throws: every refusal
 * is `{ ok: false, error }` with a French message.
 *
 * Export file versions:
 * - 1 (first release): one dossier, `{ format: 'guide-siseri', version: 1, exportedAt, data }`;
 * - 2 (current): `{ format: 'guide-siseri', version: 2, exportedAt, dossiers: [{ name, named?, data, … }] }`.
 */
import type { DossierData } from '../dossier';
import { parseDossierData } from '../schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { countFilled } from './filled';
import { MAX_IMPORT_BYTES, describePath, findHostile, scanJson } from './guard';
import { isObject } from './layout';
import { cleanName, defaultName, raisonSociale } from './names';
import type { ImportEntry } from './repo';
import { t } from './strings';

/** The model's limits (`model/limits.ts`): the same at input, export and import. */
import { MAX_LIST_ENTRIES, MAX_FIELD_LENGTH, MAX_DOSSIERS } from '../../model/limits';
/** Most dossiers in one import file (as many as a browser keeps). */
export const MAX_IMPORT_DOSSIERS = MAX_DOSSIERS;

/** What the user sees before confirming an import. */
export interface ImportPreview {
  /** Number of dossiers. */
  count: number;
  /** Their names, as they will appear in the list. */
  names: string[];
  /** Their employers' raisons sociales (`''` when empty). */
  raisonsSociales: string[];
  /** Number of filled fields of each dossier. */
  fieldsFilled: number[];
}

/** Outcome of `parseImportFile`. */
export type ImportParseResult =
  | { ok: true; dossiers: ImportEntry[]; preview: ImportPreview; fromVersion: number }
  | { ok: false; error: string };

/** « 2,4 Mo ». */
function megabytes(bytes: number): string {
  const n = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
  return `${n}\u00a0Mo`;
}

/** A sentence as a clause after « : » (first letter in lower case). */
function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase('fr-FR') + sentence.slice(1);
}

/** A refusal. */
function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** Checks the shape of one dossier's data: records and lists of string/boolean fields. */
function checkDataShape(data: unknown, path: (string | number)[]): string | null {
  if (!isObject(data)) return t('store.import.badShape', { where: describePath(path), expected: t('store.import.expected.object') });
  for (const [formKey, value] of Object.entries(data)) {
    const at = [...path, formKey];
    const records: Array<[unknown, (string | number)[]]> = [];
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ENTRIES) {
        return t('store.import.listTooLong', { where: describePath(at), count: value.length, max: MAX_LIST_ENTRIES });
      }
      value.forEach((entry, i) => records.push([entry, [...at, i]]));
    } else if (isObject(value)) {
      records.push([value, at]);
    } else {
      return t('store.import.badShape', { where: describePath(at), expected: t('store.import.expected.formValue') });
    }
    for (const [record, recordPath] of records) {
      if (!isObject(record)) return t('store.import.badShape', { where: describePath(recordPath), expected: t('store.import.expected.object') });
      for (const [key, field] of Object.entries(record)) {
        const fieldPath = describePath([...recordPath, key]);
        if (typeof field === 'boolean') continue;
        if (typeof field !== 'string') return t('store.import.badValue', { where: fieldPath });
        if (field.length > MAX_FIELD_LENGTH) {
          return t('store.import.stringTooLong', { where: fieldPath, length: field.length, max: MAX_FIELD_LENGTH });
        }
      }
    }
  }
  return null;
}

/** The raw dossiers of a parsed file, migrated to the current version, or a refusal. */
function rawDossiers(root: Record<string, unknown>): { ok: true; list: unknown[]; version: number } | { ok: false; error: string } {
  if (root.format !== EXPORT_FORMAT) return fail(t('store.import.wrongFormat'));
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const shown = typeof version === 'string' || typeof version === 'number' ? String(version).slice(0, 20) : '—';
    return fail(t('store.import.badVersion', { version: shown }));
  }
  if (version > EXPORT_VERSION) return fail(t('store.import.future', { version }));
  if (version === 1) {
    if (!('data' in root)) return fail(t('store.import.noDossier'));
    return { ok: true, list: [{ data: root.data }], version };
  }
  if (!Array.isArray(root.dossiers)) {
    return fail(t('store.import.badShape', { where: 'dossiers', expected: t('store.import.expected.array') }));
  }
  return { ok: true, list: root.dossiers, version };
}

/** One raw dossier, validated, or a refusal. */
function readDossier(raw: unknown, i: number): { ok: true; entry: ImportEntry } | { ok: false; error: string } {
  const path = ['dossiers', i];
  if (!isObject(raw)) return fail(t('store.import.badShape', { where: describePath(path), expected: t('store.import.expected.object') }));
  if (raw.name !== undefined && typeof raw.name !== 'string') return fail(t('store.import.badValue', { where: describePath([...path, 'name']) }));
  if (raw.named !== undefined && typeof raw.named !== 'boolean') {
    return fail(t('store.import.badValue', { where: describePath([...path, 'named']) }));
  }
  const name = cleanName(typeof raw.name === 'string' ? raw.name : '');
  const shapeError = checkDataShape(raw.data, [...path, 'data']);
  const label = name || defaultName(raw.data);
  if (shapeError) return fail(t('store.import.inDossier', { n: i + 1, name: label, reason: lowerFirst(shapeError) }));
  const parsed = parseDossierData(raw.data);
  if (!parsed.ok) return fail(t('store.import.inDossier', { n: i + 1, name: label, reason: lowerFirst(parsed.error) }));
  const data: DossierData = parsed.data;
  const named = name !== '' && (raw.named ?? name !== defaultName(data));
  return { ok: true, entry: { name: named ? name : defaultName(data), named, data } };
}

/** Parses and validates an import file's text (`byteLength`: the file's size in bytes). */
export function parseImportFile(text: string, byteLength: number): ImportParseResult {
  try {
    if (byteLength > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
      return fail(t('store.import.tooLarge', { size: megabytes(Math.max(byteLength, text.length)), max: megabytes(MAX_IMPORT_BYTES) }));
    }
    const body = text.replace(/^\uFEFF/, '');
    if (byteLength === 0 || body.trim() === '') return fail(t('store.import.empty'));
    const scan = scanJson(body);
    if (scan.tooDeep) return fail(t('store.import.tooDeep'));
    let root: unknown;
    try {
      root = JSON.parse(body);
    } catch {
      return fail(t(scan.unclosed ? 'store.import.truncated' : 'store.import.notJson'));
    }
    if (!isObject(root)) return fail(t('store.import.wrongFormat'));
    const hostile = findHostile(root);
    if (hostile) return fail(hostile);
    const raw = rawDossiers(root);
    if (!raw.ok) return raw;
    if (raw.list.length === 0) return fail(t('store.import.noDossier'));
    if (raw.list.length > MAX_IMPORT_DOSSIERS) {
      return fail(t('store.import.tooManyDossiers', { count: raw.list.length, max: MAX_IMPORT_DOSSIERS }));
    }
    const dossiers: ImportEntry[] = [];
    for (let i = 0; i < raw.list.length; i++) {
      const read = readDossier(raw.list[i], i);
      if (!read.ok) return read;
      dossiers.push(read.entry);
    }
    const preview: ImportPreview = {
      count: dossiers.length,
      names: dossiers.map((d) => d.name),
      raisonsSociales: dossiers.map((d) => raisonSociale(d.data)),
      fieldsFilled: dossiers.map((d) => countFilled(d.data)),
    };
    return { ok: true, dossiers, preview, fromVersion: raw.version };
  } catch {
    return fail(t('store.import.notJson'));
  }
}

/** One French sentence summarising a preview (« Ce fichier contient 2 dossiers : … »). */
export function previewText(preview: ImportPreview): string {
  if (preview.count === 1) return t('store.import.previewOne', { name: preview.names[0] ?? '', fields: preview.fieldsFilled[0] ?? 0 });
  const names = preview.names.map((n) => `«\u00a0${n}\u00a0»`).join(', ');
  return t('store.import.previewMany', { count: preview.count, names });
}
