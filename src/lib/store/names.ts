/**
 * Dossier names: the default one (the employer's raison sociale), a user-typed one cleaned up,
 * and the file-name slug.
 */
import { slugify as slugifyText } from '../slugify';
import { t } from './strings';

/** Longest dossier name kept (longer names are cut). */
const MAX_NAME_LENGTH = 120;

/** Trims, collapses white space, drops control characters and cuts at `MAX_NAME_LENGTH`. */
export function cleanName(input: string): string {
  const oneLine = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
  return [...oneLine].slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** A text value of a record of `data`, or `''`. */
function recordText(data: unknown, form: string, key: string): string {
  if (typeof data !== 'object' || data === null) return '';
  const record = (data as Record<string, unknown>)[form];
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return '';
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/** The employer's raison sociale, cleaned (`''` when empty). */
export function raisonSociale(data: unknown): string {
  return cleanName(recordText(data, 'employeur', 'raisonSociale'));
}

/**
 * The name of a dossier the user has not named: the employer's raison sociale, else the
 * établissement's, else « Dossier sans nom ».
 */
export function defaultName(data: unknown): string {
  return raisonSociale(data) || cleanName(recordText(data, 'etablissement', 'raisonSociale')) || t('store.name.default');
}

/** A file-name-safe slug of at most 40 characters (the one rule, `lib/slugify.ts`); `sans-nom` when nothing is left. */
export function slugify(input: string): string {
  return slugifyText(input, t('store.export.noName'), 40);
}

/** The name shown for a dossier: its own when `named` and not blank, else `defaultName(data)`. */
export function itemName(named: boolean, name: string, data: unknown): string {
  const clean = cleanName(name);
  return named && clean ? clean : defaultName(data);
}
