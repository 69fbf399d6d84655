/**
 * The persistent dossier session of a page (lazy chunk): IndexedDB through localforage, with a
 * fallback to memory when the browser refuses storage; autosave, flush on page hide, two-tab
 * sync, and the status mirror that feeds the step-navigation badges on every page.
 */
import { SCREENS } from '../model/screens';
import type { DossierData } from '../lib/dossier';
import { emptyDossier } from '../lib/dossier';
import { stepStatus } from '../lib/status';
import { STATUS_MIRROR_KEY, DOSSIER_NAME_KEY, type StatusMirror } from '../lib/status-mirror';
import {
  collectExport,
  createDossierRepo,
  createDossierSession,
  createMemoryKV,
  exportFileName,
  exportPayload,
  openBrowserKV,
  openChannel,
  probeStorage,
  requestPersistence,
  statusText,
  type DossierRepo,
  type KeyValue,
} from '../lib/store';
import { t } from '../lib/store/strings';
import { downloadText } from '../scripts/download';
import { refreshBadges } from '../scripts/status-badges';
import { applyImport, parseImportFile, previewText, type ImportParseResult } from '../lib/store';
import type { DossierManager, DossierSession, SessionNotice, SessionStatus } from './session';

/** A plain copy of Alpine's reactive data (proxies cannot be stored in IndexedDB). */
const plain = (d: DossierData): DossierData => JSON.parse(JSON.stringify(d)) as DossierData;

/** Writes the statuses and the dossier's name for the badges and the header of every page. */
function writeMirror(data: DossierData, name: string): void {
  const mirror: StatusMirror = {};
  for (const s of SCREENS) if (s.form && !s.afterCreation) mirror[s.slug] = stepStatus(s, data);
  try {
    localStorage.setItem(STATUS_MIRROR_KEY, JSON.stringify(mirror));
    localStorage.setItem(DOSSIER_NAME_KEY, name);
  } catch {
    /* storage refused: badges simply stay hidden */
  }
  refreshBadges();
}

/** Opens storage (or memory), the repository and the store session. */
async function openStore(): Promise<{ kv: KeyValue; memoryOnly: boolean; reason?: string }> {
  try {
    const kv = await openBrowserKV();
    const probe = await probeStorage(kv);
    if (probe.status === 'ok') return { kv, memoryOnly: false };
    return { kv: createMemoryKV(), memoryOnly: true, reason: probe.reason };
  } catch (e) {
    return { kv: createMemoryKV(), memoryOnly: true, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** Creates the page's persistent session. */
export async function createPersistentSession(): Promise<DossierSession & { manager: DossierManager }> {
  const statusCbs: ((s: SessionStatus) => void)[] = [];
  const noticeCbs: ((n: SessionNotice | null) => void)[] = [];
  const replaceCbs: ((d: DossierData) => void)[] = [];
  const emitStatus = (s: SessionStatus) => statusCbs.forEach((cb) => cb(s));
  const emitNotice = (n: SessionNotice | null) => noticeCbs.forEach((cb) => cb(n));
  let lastNotice: SessionNotice | null = null;
  const notice = (n: SessionNotice | null) => {
    lastNotice = n;
    emitNotice(n);
  };

  let { kv, memoryOnly, reason } = await openStore();
  let repo: DossierRepo = createDossierRepo({ kv, now: () => new Date(), newId: () => crypto.randomUUID() });
  let init = await repo.init();
  if (!init.ok) {
    // Data from a newer version of the guide: never touch it; work in memory.
    notice({ kind: 'load-error', text: init.error });
    kv = createMemoryKV();
    memoryOnly = true;
    repo = createDossierRepo({ kv, now: () => new Date(), newId: () => crypto.randomUUID() });
    init = await repo.init();
  } else if (memoryOnly) {
    notice({ kind: 'memory-only', text: t('store.probe.fallback', { reason: reason ?? '' }) });
  } else if (init.notices.length) {
    notice({ kind: 'info', text: init.notices.join(' ') });
  }

  let data: DossierData = emptyDossier();
  let name = '';
  let asked = false;
  const session = createDossierSession({
    repo,
    channel: openChannel(),
    tabId: crypto.randomUUID(),
    onStatus: (s) => {
      emitStatus({ text: statusText(s, new Date(), { memoryOnly }), tone: s.kind === 'error' ? 'error' : 'info' });
      if (s.kind === 'conflict') notice({ kind: 'conflict', text: statusText(s, new Date()) });
      if (s.kind === 'saved') {
        writeMirror(data, name);
        if (!asked && !memoryOnly) {
          asked = true;
          void requestPersistence(navigator.storage);
        }
      }
    },
    onRemoteChange: (c) => {
      if (c.localEdits) notice({ kind: 'remote-change', text: t('store.remote.pending') });
      else void reload().then(() => notice({ kind: 'info', text: t('store.remote.reloaded') }));
    },
  });

  const opened = await session.open();
  if (opened.ok) {
    data = opened.data;
    name = opened.item.name;
  } else {
    notice({ kind: 'load-error', text: opened.error });
  }
  writeMirror(data, name);

  async function reload(): Promise<void> {
    const r = await session.reload();
    if (!r.ok) return;
    data = r.data;
    name = r.item.name;
    replaceCbs.forEach((cb) => cb(data));
    writeMirror(data, name);
    notice(null);
  }

  const flushNow = () => void session.flush();
  addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });

  /** Opens `id` (or the current dossier) and shows it in every island of the page. */
  async function openAndShow(id?: string): Promise<void> {
    const r = await session.open(id);
    if (!r.ok) {
      notice({ kind: 'load-error', text: r.error });
      return;
    }
    data = r.data;
    name = r.item.name;
    replaceCbs.forEach((cb) => cb(data));
    writeMirror(data, name);
  }

  let pendingImport: Extract<ImportParseResult, { ok: true }> | null = null;
  const manager: DossierManager = {
    list: async () => ({ items: (await repo.list()).map((i) => ({ id: i.id, name: i.name, updatedAt: i.updatedAt })), currentId: session.currentId() }),
    switchTo: async (id) => {
      await session.flush();
      await openAndShow(id);
    },
    create: async (newName) => {
      await session.flush();
      const item = await repo.create(newName);
      session.listChanged();
      await openAndShow(item.id);
    },
    rename: async (id, newName) => {
      const item = await repo.rename(id, newName);
      if (item && id === session.currentId()) {
        name = item.name;
        writeMirror(data, name);
      }
      session.listChanged();
    },
    duplicate: async (id) => {
      await session.flush();
      await repo.duplicate(id);
      session.listChanged();
    },
    remove: async (id) => {
      const wasOpen = id === session.currentId();
      await repo.remove(id);
      session.listChanged();
      if (wasOpen) await openAndShow((await repo.ensureCurrent()).id);
    },
    exportFile: async (scope) => {
      await session.flush();
      const id = session.currentId();
      const { dossiers } = await collectExport(repo, scope === 'one' && id ? [id] : undefined);
      const now = new Date();
      downloadText(exportPayload(dossiers, now), exportFileName(scope === 'one' ? data : null, now, scope), 'application/json');
    },
    checkImport: (text, byteLength) => {
      const r = parseImportFile(text, byteLength);
      pendingImport = r.ok ? r : null;
      return r.ok ? { ok: true, preview: previewText(r.preview), count: r.dossiers.length } : { ok: false, error: r.error };
    },
    applyImport: async (mode) => {
      if (!pendingImport) return { ok: false, error: t('store.import.empty') };
      await session.flush();
      const r = await applyImport(repo, pendingImport.dossiers, mode);
      if (!r.ok) return r;
      pendingImport = null;
      session.listChanged();
      await openAndShow(mode === 'new' ? r.items[0]?.id : session.currentId() ?? undefined);
      return { ok: true, message: t('store.import.done', { count: r.items.length }) };
    },
    eraseAll: async () => {
      session.close();
      await repo.removeAll();
      try {
        localStorage.removeItem(STATUS_MIRROR_KEY);
        localStorage.removeItem(DOSSIER_NAME_KEY);
      } catch {
        /* nothing stored there */
      }
      refreshBadges();
    },
  };

  return {
    manager,
    load: async () => data,
    save: (d) => {
      data = d;
      session.edit(plain(d));
    },
    flush: async () => {
      await session.flush();
    },
    onReplace: (cb) => {
      replaceCbs.push(cb);
    },
    onStatus: (cb) => {
      statusCbs.push(cb);
    },
    onNotice: (cb) => {
      noticeCbs.push(cb);
      if (lastNotice) cb(lastNotice);
    },
    reload,
    keepMine: async () => {
      await session.keepMine(plain(data));
      notice(null);
    },
    exportCurrent: async () => {
      await session.flush();
      const id = session.currentId();
      const { dossiers } = await collectExport(repo, id ? [id] : undefined);
      const now = new Date();
      downloadText(exportPayload(dossiers.length ? dossiers : [{ name: name || 'Dossier', named: false, createdAt: now.toISOString(), updatedAt: now.toISOString(), data: plain(data) }], now), exportFileName(data, now, 'one'), 'application/json');
    },
  };
}
