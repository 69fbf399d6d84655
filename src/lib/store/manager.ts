/**
 * The dossier manager (summary and privacy pages) on top of the page store: list, open, create,
 * rename, copy, delete, export, import, erase. No DOM: the download and the storages are injected.
 */
import type { DossierData } from '../dossier';
import { collectExport, exportFileName, exportPayload } from './export';
import { parseImportFile, previewText, type ImportParseResult } from './import';
import { applyImport } from './apply-import';
import { eraseSiteData, type StorageLike } from './site-keys';
import type { DossierManager } from './page-types';
import type { PageStore } from './page-store';
import { t } from './strings';

/** What the manager needs besides the page store. */
export interface ManagerDeps {
  /** Offers `text` as a file named `name`. */
  download: (text: string, name: string, type: string) => void;
  /** `localStorage` and `sessionStorage` (erase), or `null`. */
  local: StorageLike | null;
  tab: StorageLike | null;
  now: () => Date;
}

/** Downloads the open dossier (or every dossier) as JSON; the values shown when storage has none. */
export async function exportDossiers(page: PageStore, deps: ManagerDeps, scope: 'one' | 'all'): Promise<void> {
  await page.flush();
  const id = page.tabSession().currentId();
  const { data, name } = page.current();
  const { dossiers } = await collectExport(page.repo(), scope === 'one' && id ? [id] : undefined).catch(() => ({ dossiers: [] }));
  const now = deps.now();
  const list = dossiers.length ? dossiers : [{ name: name || 'Dossier', named: false, createdAt: now.toISOString(), updatedAt: now.toISOString(), data: JSON.parse(JSON.stringify(data)) as DossierData }];
  deps.download(exportPayload(list, now), exportFileName(scope === 'one' ? data : null, now, scope), 'application/json');
}

/** The manager of the page's dossiers. */
export function createManager(page: PageStore, deps: ManagerDeps): DossierManager {
  let pendingImport: Extract<ImportParseResult, { ok: true }> | null = null;
  const session = () => page.tabSession();
  return {
    list: async () => ({ items: (await page.repo().list()).map((i) => ({ id: i.id, name: i.name, updatedAt: i.updatedAt })), currentId: session().currentId() }),
    switchTo: async (id) => {
      await page.flush();
      await page.openAndShow(id);
    },
    create: async (newName) => {
      await page.flush();
      const item = await page.repo().create(newName);
      session().listChanged();
      await page.openAndShow(item.id);
    },
    rename: async (id, newName) => {
      const item = await page.repo().rename(id, newName);
      if (item && id === session().currentId()) page.setName(item.name);
      session().listChanged();
    },
    duplicate: async (id) => {
      await page.flush();
      await page.repo().duplicate(id);
      session().listChanged();
    },
    remove: async (id) => {
      const wasOpen = id === session().currentId();
      await page.repo().remove(id);
      session().listChanged();
      if (wasOpen) await page.openAndShow((await page.repo().ensureCurrent()).id);
    },
    exportFile: (scope) => exportDossiers(page, deps, scope),
    checkImport: (text, byteLength) => {
      const r = parseImportFile(text, byteLength);
      pendingImport = r.ok ? r : null;
      return r.ok ? { ok: true, preview: previewText(r.preview), count: r.dossiers.length } : { ok: false, error: r.error };
    },
    applyImport: async (mode) => {
      if (!pendingImport) return { ok: false, error: t('store.import.empty') };
      await page.flush();
      const r = await applyImport(page.repo(), pendingImport.dossiers, mode);
      if (!r.ok) return r;
      pendingImport = null;
      session().listChanged();
      await page.openAndShow(mode === 'new' ? r.items[0]?.id : (session().currentId() ?? undefined));
      return { ok: true, message: t('store.import.done', { count: r.items.length }) };
    },
    eraseAll: async () => {
      session().announceErased();
      session().close();
      await eraseSiteData({ removeStore: () => page.repo().removeAll(), local: deps.local, tab: deps.tab });
    },
  };
}
