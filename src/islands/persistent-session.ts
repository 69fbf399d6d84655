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
  webLock,
  type DossierRepo,
  type KeyValue,
} from '../lib/store';
import { t } from '../lib/store/strings';
import { downloadText } from '../scripts/download';
import { refreshBadges } from '../scripts/status-badges';
import { applyImport, parseImportFile, previewText, type ImportParseResult } from '../lib/store';
import { parseDossierData } from '../lib/schema';
import type { DossierManager, DossierSession, SessionNotice, SessionStatus } from './session';

/** A plain copy of Alpine's reactive data (proxies cannot be stored in IndexedDB). */
const plain = (d: DossierData): DossierData => JSON.parse(JSON.stringify(d)) as DossierData;

/**
 * « Garder mes valeurs » after another tab saved: the values this tab changed since `base` (what
 * it loaded) go over `theirs`; everything else stays as the other tab saved it, so that neither
 * tab's edits are lost. A list this tab changed is taken whole.
 */
function mergeEdits(base: DossierData, mine: DossierData, theirs: DossierData): DossierData {
  const out = plain(theirs);
  for (const [key, value] of Object.entries(mine)) {
    const was = base[key];
    const now = out[key];
    if (Array.isArray(value) || !was || Array.isArray(was) || !now || Array.isArray(now)) {
      if (JSON.stringify(value) !== JSON.stringify(was)) out[key] = value;
      continue;
    }
    for (const [field, v] of Object.entries(value)) if (v !== was[field]) now[field] = v;
  }
  return out;
}

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

/**
 * A page hidden or closed with edits not yet written (a reload within the autosave's quiet time)
 * cannot wait for IndexedDB: the edits are copied at once into `localStorage`, with the version
 * they started from, and taken back by the next page if that version is still the stored one.
 */
const RESCUE_KEY = 'guide-siseri:sauvetage';

/** The rescue copy: the dossier's id, the `savedAt` the edits started from, the values. */
interface Rescue {
  id: string;
  base: string;
  data: DossierData;
}

/** Writes the rescue copy (storage refused: nothing to do). */
function writeRescue(rescue: Rescue): void {
  try {
    localStorage.setItem(RESCUE_KEY, JSON.stringify(rescue));
  } catch {
    /* storage refused */
  }
}

/** Reads and removes the rescue copy, or `null`. */
function takeRescue(): Rescue | null {
  try {
    const raw = localStorage.getItem(RESCUE_KEY);
    if (raw === null) return null;
    localStorage.removeItem(RESCUE_KEY);
    const r = JSON.parse(raw) as Partial<Rescue> | null;
    return r && typeof r.id === 'string' && typeof r.base === 'string' && typeof r.data === 'object' && r.data !== null ? (r as Rescue) : null;
  } catch {
    return null;
  }
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
  let repo: DossierRepo = createDossierRepo({ kv, now: () => new Date(), newId: () => crypto.randomUUID(), exclusive: webLock(navigator.locks) });
  let init = await repo.init();
  if (!init.ok) {
    // Data from a newer version of the guide: never touch it; work in memory.
    notice({ kind: 'load-error', text: init.error });
    kv = createMemoryKV();
    memoryOnly = true;
    repo = createDossierRepo({ kv, now: () => new Date(), newId: () => crypto.randomUUID(), exclusive: webLock(navigator.locks) });
    init = await repo.init();
  } else if (memoryOnly) {
    notice({ kind: 'memory-only', text: t('store.probe.fallback', { reason: reason ?? '' }) });
  } else if (init.notices.length) {
    notice({ kind: 'info', text: init.notices.join(' ') });
  }

  let data: DossierData = emptyDossier();
  let name = '';
  let asked = false;
  /** `savedAt` of the stored version this tab's values are based on (for the rescue copy). */
  let known = '';
  /** The values this tab loaded (what « Garder mes valeurs » compares with). */
  let loadedData: DossierData = emptyDossier();
  const session = createDossierSession({
    repo,
    channel: openChannel(),
    tabId: crypto.randomUUID(),
    onStatus: (s) => {
      emitStatus({ text: statusText(s, new Date(), { memoryOnly }), tone: s.kind === 'error' ? 'error' : 'info' });
      if (s.kind === 'conflict') notice({ kind: 'conflict', text: statusText(s, new Date()) });
      if (s.kind === 'saved') {
        known = s.at.toISOString();
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
    known = opened.savedAt;
    loadedData = plain(opened.data);
    // Edits a previous page could not write before it went away; dropped if the dossier was saved since.
    const rescue = takeRescue();
    const rescued = rescue && rescue.id === opened.item.id && rescue.base === opened.savedAt ? parseDossierData(rescue.data) : null;
    if (rescued?.ok) {
      data = rescued.data;
      session.edit(plain(data));
      void session.flush();
    }
  } else {
    notice({ kind: 'load-error', text: opened.error });
  }
  writeMirror(data, name);

  /** Makes a loaded dossier the page's: every island shows it, the badges follow. */
  function show(r: { data: DossierData; item: { name: string }; savedAt: string }): void {
    data = r.data;
    name = r.item.name;
    known = r.savedAt;
    loadedData = plain(r.data);
    replaceCbs.forEach((cb) => cb(data));
    writeMirror(data, name);
  }

  async function reload(): Promise<void> {
    const r = await session.reload();
    if (!r.ok) return;
    show(r);
    notice(null);
  }

  const flushNow = () => {
    const id = session.currentId();
    if (!memoryOnly && id !== null && known !== '' && session.hasLocalEdits()) writeRescue({ id, base: known, data: plain(data) });
    void session.flush();
  };
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
    show(r);
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
        localStorage.removeItem(RESCUE_KEY);
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
      const id = session.currentId();
      const stored = id === null ? null : await repo.load(id);
      const mine = stored?.ok ? mergeEdits(loadedData, plain(data), stored.data) : plain(data);
      const r = await session.keepMine(mine);
      if (r.ok) {
        known = r.savedAt;
        loadedData = plain(mine);
        data = mine;
        replaceCbs.forEach((cb) => cb(data));
        writeMirror(data, name);
      }
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
