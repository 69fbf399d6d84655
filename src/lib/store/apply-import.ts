/**
 * Applying a validated import, only after the user chose how: as new dossiers, or over the
 * current one (a file of one dossier). The entries are validated once more here — this is the
 * gate before any write — and the repository writes all or nothing. Never throws.
 */
import { parseDossierData } from '../schema';
import { isObject } from './layout';
import { cleanName } from './names';
import type { DossierRepo, ImportEntry } from './repo';
import { MAX_IMPORT_DOSSIERS } from './import';
import { describeStorageError } from './storage-error';
import { t } from './strings';
import type { IndexItem } from './layout';

/** How to apply an import: over the open dossier, or as new dossiers. */
export type ImportMode = 'replace-current' | 'new';

/** Outcome of `applyImport`. */
export type ApplyImportResult = { ok: true; items: IndexItem[] } | { ok: false; error: string };

/** Re-validates entries (from `parseImportFile`); `null` when one is not a valid entry. */
function revalidate(dossiers: readonly unknown[]): ImportEntry[] | null {
  const entries: ImportEntry[] = [];
  for (const d of dossiers) {
    if (!isObject(d) || typeof d.name !== 'string' || typeof d.named !== 'boolean') return null;
    const parsed = parseDossierData(d.data);
    if (!parsed.ok) return null;
    entries.push({ name: cleanName(d.name), named: d.named, data: parsed.data });
  }
  return entries;
}

/**
 * Writes `dossiers` (the `dossiers` of a successful `parseImportFile`) with `mode`. On any failure
 * nothing is written and the result carries a French message.
 */
export async function applyImport(repo: DossierRepo, dossiers: readonly unknown[], mode: ImportMode): Promise<ApplyImportResult> {
  try {
    if (mode !== 'new' && mode !== 'replace-current') return { ok: false, error: t('store.import.wrongFormat') };
    if (!Array.isArray(dossiers) || dossiers.length === 0) return { ok: false, error: t('store.import.noDossier') };
    if (dossiers.length > MAX_IMPORT_DOSSIERS) {
      return { ok: false, error: t('store.import.tooManyDossiers', { count: dossiers.length, max: MAX_IMPORT_DOSSIERS }) };
    }
    const entries = revalidate(dossiers);
    if (!entries) return { ok: false, error: t('store.import.wrongFormat') };
    return await repo.importDossiers(entries, mode);
  } catch (err) {
    return { ok: false, error: t('store.import.writeFailed', { reason: describeStorageError(err) }) };
  }
}
