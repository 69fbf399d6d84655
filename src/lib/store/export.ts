/**
 * Export of dossiers to a JSON file: its name, its content, and gathering the dossiers from the
 * repository. The file format (version 2):
 * `{ format: 'guide-siseri', version: 2, exportedAt, dossiers: [{ name, named, createdAt, updatedAt, data }] }`
 * where `data` is the whole dossier (including `suivi`: n° de protocole, nom clé…).
 */
import type { DossierData } from '../dossier';
import { raisonSociale, slugify } from './names';
import type { DossierRepo } from './repo';

/** The `format` marker of the guide's export files. */
export const EXPORT_FORMAT = 'guide-siseri';

/** The version of the export files this code writes. */
export const EXPORT_VERSION = 2;

/** One dossier in an export file. */
export interface ExportedDossier {
  /** Name shown in the dossier list. */
  name: string;
  /** The user chose the name (otherwise it follows the raison sociale). */
  named: boolean;
  /** ISO date of creation. */
  createdAt?: string;
  /** ISO date of the last save. */
  updatedAt?: string;
  /** The values. */
  data: DossierData;
}

/** `AAAA-MM-JJ` of `now` in local time. */
function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The file name: `dossier-siseri-<raison-sociale-slug>-<AAAA-MM-JJ>.json` for one dossier,
 * `dossiers-siseri-tous-<AAAA-MM-JJ>.json` for all of them (local date).
 */
export function exportFileName(data: DossierData | null, now: Date, scope: 'one' | 'all' = 'one'): string {
  if (scope === 'all') return `dossiers-siseri-tous-${localIsoDate(now)}.json`;
  return `dossier-siseri-${slugify(raisonSociale(data))}-${localIsoDate(now)}.json`;
}

/** The file's text: indented JSON, readable by support staff. */
export function exportPayload(dossiers: readonly ExportedDossier[], now: Date): string {
  const body = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    dossiers: dossiers.map((d) => ({ name: d.name, named: d.named, createdAt: d.createdAt, updatedAt: d.updatedAt, data: d.data })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * Loads dossiers for export (`ids`, or all of them, in list order). Dossiers that cannot be read
 * are left out and listed in `skipped` (their load error), so that the rest can still be saved.
 */
export async function collectExport(
  repo: DossierRepo,
  ids?: readonly string[],
): Promise<{ dossiers: ExportedDossier[]; skipped: string[] }> {
  const items = await repo.list();
  const wanted = ids ? items.filter((i) => ids.includes(i.id)) : items;
  const dossiers: ExportedDossier[] = [];
  const skipped: string[] = [];
  for (const item of wanted) {
    const loaded = await repo.load(item.id);
    if (loaded.ok) {
      dossiers.push({ name: loaded.item.name, named: loaded.item.named, createdAt: item.createdAt, updatedAt: item.updatedAt, data: loaded.data });
    } else {
      skipped.push(loaded.error);
    }
  }
  return { dossiers, skipped };
}
