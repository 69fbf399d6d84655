/**
 * The dossier store of one page, without DOM: opens the storage (falling back to memory when it
 * refuses, at the probe or at any later write), takes back the emergency copy, keeps this tab's
 * open dossier (sessionStorage), saves edits, resolves two-tab conflicts without dropping work
 * (`mergeDossiers`; on a clash the other tab's version is kept as a copy dossier), and tells the
 * islands. `islands/persistent-session.ts` injects the browser; the tests inject memory.
 */
import type { DossierData } from '../dossier';
import { emptyDossier } from '../dossier';
import { createMemoryKV, type KeyValue } from './kv';
import { createDossierRepo, type DossierRepo, type LoadResult } from './repo';
import { createDossierSession, type TabSession } from './session';
import type { SaveStatus } from './autosave';
import { describeStorageError } from './storage-error';
import { statusText } from './status-text';
import { clashLabel, mergeDossiers } from './merge';
import { clearRescue, readRescue, writeRescue } from './rescue';
import { SESSION_KEYS, clearSiteKeys } from './site-keys';
import type { PageStore, PageStoreDeps, SessionNotice, SessionStatus } from './page-types';
import { t } from './strings';

export type { PageStore, PageStoreDeps } from './page-types';

const plain = (d: DossierData): DossierData => JSON.parse(JSON.stringify(d)) as DossierData;

/** Opens the page's store; never rejects (any storage failure ends in memory, with a notice). */
export async function openPageStore(deps: PageStoreDeps): Promise<PageStore> {
  const statusCbs: ((s: SessionStatus) => void)[] = [];
  const noticeCbs: ((n: SessionNotice | null) => void)[] = [];
  const replaceCbs: ((d: DossierData) => void)[] = [];
  let lastNotice: SessionNotice | null = null;
  const notice = (n: SessionNotice | null) => {
    lastNotice = n;
    noticeCbs.forEach((cb) => cb(n));
  };
  const tabId = deps.newId();
  let memoryOnly = false;
  let data: DossierData = emptyDossier();
  let name = '';
  /** What this tab loaded or last saved (the base of a three-way merge). */
  let loaded: DossierData = emptyDossier();
  /** `savedAt` of that version. */
  let known = '';
  let editedHere = false;
  /** Another tab erased everything: this page writes nothing any more. */
  let erased = false;
  let resolving: Promise<void> | null = null;
  let repo!: DossierRepo;
  let store!: TabSession;

  const show = (r: Extract<LoadResult, { ok: true }>) => {
    data = r.data;
    name = r.item.name;
    known = r.savedAt;
    loaded = plain(r.data);
    try {
      deps.tab?.setItem(SESSION_KEYS.openDossier, r.item.id);
    } catch {
      /* sessionStorage refused: this tab follows the last dossier opened */
    }
    replaceCbs.forEach((cb) => cb(data));
    deps.mirror(data, name);
  };

  function onStatus(s: SaveStatus): void {
    statusCbs.forEach((cb) => cb({ text: statusText(s, deps.now(), { memoryOnly }), tone: s.kind === 'error' ? 'error' : 'info' }));
    if (s.kind === 'error') notice({ kind: 'save-error', text: t('store.failed.notice', { reason: describeStorageError(s.error) }) });
    if (s.kind === 'conflict') void resolveConflict();
    if (s.kind === 'saved') {
      if (lastNotice?.kind === 'save-error') notice(null);
      // A run ends « saved » only when every edit made so far is written: this page's copy is stale.
      clearRescue(deps.local, { id: store.currentId() ?? '', tab: tabId });
      deps.mirror(data, name);
      if (!memoryOnly) deps.persist?.();
    }
  }

  /**
   * Another tab saved this dossier after this tab loaded it, and this tab has edits: merge field
   * by field; values both changed stay this tab's here, and the other tab's version is kept as a
   * copy dossier. Nothing is dropped, whether or not the user is still on the page.
   */
  function resolveConflict(): Promise<void> {
    resolving ??= (async () => {
      const id = store.currentId();
      const stored = id === null ? null : await repo.load(id);
      if (!stored?.ok) return;
      const mine = plain(data);
      const merged = mergeDossiers(loaded, mine, stored.data);
      let copy = '';
      if (merged.clashes.length) {
        const dup = await repo.duplicate(id!);
        if (dup.ok) copy = dup.item.name;
        store.listChanged();
      }
      const r = await store.keepMine(merged.data);
      if (!r.ok) return;
      known = r.savedAt;
      loaded = plain(merged.data);
      name = r.item.name;
      // Typed while this ran: those edits go over the merged version, and are saved next.
      const typed = JSON.stringify(data) !== JSON.stringify(mine);
      data = typed ? mergeDossiers(mine, plain(data), merged.data).data : merged.data;
      replaceCbs.forEach((cb) => cb(data));
      if (typed) store.edit(plain(data));
      onStatus({ kind: 'saved', at: new Date(r.savedAt) }); // the mirror, the status line, the stale emergency copy
      const fields = merged.clashes.map(clashLabel).join(', ');
      notice({ kind: 'info', text: copy ? t('store.merge.clash', { fields, copy }) : t('store.merge.clean') });
    })()
      .catch((e: unknown) => notice({ kind: 'save-error', text: t('store.failed.notice', { reason: describeStorageError(e) }) }))
      .finally(() => (resolving = null));
    return resolving;
  }

  /** Edits a closed page could not write: merged into the stored version, then the copy is removed. */
  async function takeRescue(): Promise<boolean> {
    const r = readRescue(deps.local);
    if (!r) return false;
    const stored = await repo.load(r.id);
    if (!stored.ok) {
      clearRescue(deps.local);
      return false;
    }
    let next = r.data;
    if (stored.savedAt !== r.base) {
      const m = mergeDossiers(r.was, r.data, stored.data);
      next = m.data;
      if (m.clashes.length) await repo.duplicate(r.id);
    }
    const saved = await repo.save(r.id, next, { expectedSavedAt: stored.savedAt });
    if (!saved.ok) return false;
    clearRescue(deps.local);
    store.announceSaved(r.id, saved.savedAt);
    return true;
  }

  /** The repository, the store session and the open dossier on `kv`; rejects on a storage failure. */
  async function start(kv: KeyValue): Promise<SessionNotice | null> {
    repo = createDossierRepo({ kv, now: deps.now, newId: deps.newId, exclusive: deps.exclusive });
    const init = await repo.init();
    if (!init.ok) throw Object.assign(new Error(init.error), { refused: init.error });
    store?.close();
    store = createDossierSession({
      repo,
      channel: memoryOnly ? null : deps.channel(),
      tabId,
      delayMs: deps.delayMs,
      timers: deps.timers,
      now: deps.now,
      onStatus,
      onRemoteChange: (c) => {
        if (c.localEdits) notice({ kind: 'remote-change', text: t('store.remote.pending') });
        else void reloadShown().then(() => notice({ kind: 'info', text: t('store.remote.reloaded') }));
      },
      onErased: () => {
        erased = true;
        store.close();
        clearSiteKeys(deps.tab);
        notice({ kind: 'info', text: t('store.erased.elsewhere') });
      },
    });
    const rescued = !memoryOnly && (await takeRescue());
    let mine: string | null = null;
    try {
      mine = deps.tab?.getItem(SESSION_KEYS.openDossier) ?? null;
    } catch {
      mine = null;
    }
    const known = mine !== null && (await repo.list()).some((i) => i.id === mine);
    const opened = await store.open(known ? mine! : undefined);
    if (!opened.ok) return { kind: 'load-error', text: opened.error };
    show(opened);
    if (rescued) return { kind: 'info', text: t('store.rescue.restored') };
    return init.notices.length ? { kind: 'info', text: init.notices.join(' ') } : null;
  }

  /** Falls back to memory, keeping what the page shows as the open dossier. */
  async function toMemory(reason: string): Promise<void> {
    memoryOnly = true;
    const keep = plain(data);
    await start(createMemoryKV());
    const id = store.currentId();
    if (id !== null && JSON.stringify(keep) !== JSON.stringify(emptyDossier())) {
      await repo.save(id, keep);
      const r = await repo.load(id);
      if (r.ok) show(r);
    }
    notice({ kind: 'memory-only', text: t('store.probe.fallback', { reason }) });
  }

  try {
    const kv = await deps.openKV();
    const probe = await deps.probe(kv);
    if (probe.status !== 'ok') await toMemory(probe.reason);
    else {
      const said = await start(kv);
      if (said) notice(said);
    }
  } catch (e) {
    // The first real write failed (lost connection, full disk), or the data is from a newer version.
    const refused = (e as { refused?: string } | null)?.refused;
    await toMemory(describeStorageError(e));
    if (refused) notice({ kind: 'load-error', text: refused });
  }

  async function reloadShown(): Promise<void> {
    const r = await store.reload();
    if (!r.ok) return;
    show(r);
    notice(null);
  }

  const guarded = <A extends unknown[]>(fn: (...a: A) => Promise<void>) => async (...a: A) => {
    try {
      await fn(...a);
    } catch (e) {
      notice({ kind: 'save-error', text: t('store.failed.notice', { reason: describeStorageError(e) }) });
    }
  };

  return {
    repo: () => repo,
    tabSession: () => store,
    current: () => ({ data, name }),
    memoryOnly: () => memoryOnly,
    openAndShow: async (id) => {
      const r = await store.open(id);
      if (!r.ok) return notice({ kind: 'load-error', text: r.error });
      show(r);
    },
    setName: (n) => {
      name = n;
      deps.mirror(data, name);
    },
    notice,
    hide() {
      if (erased) return;
      const id = store.currentId();
      if (!memoryOnly && id !== null && known !== '' && store.hasLocalEdits()) {
        writeRescue(deps.local, { id, base: known, was: plain(loaded), data: plain(data), tab: tabId });
      }
      void store.flush();
    },
    wouldLoseWork() {
      if (erased) return false;
      if (memoryOnly) return editedHere;
      if (lastNotice?.kind === 'remote-change' || resolving) return true;
      if (!store.hasLocalEdits()) return false;
      const id = store.currentId();
      return id === null || !writeRescue(deps.local, { id, base: known, was: plain(loaded), data: plain(data), tab: tabId });
    },
    load: async () => data,
    save(d) {
      data = d;
      if (erased) return;
      editedHere = true;
      store.edit(plain(d));
    },
    flush: guarded(async () => {
      if (erased) return;
      await store.flush();
      if (resolving) await resolving;
    }),
    onReplace: (cb) => void replaceCbs.push(cb),
    onStatus: (cb) => void statusCbs.push(cb),
    onNotice: (cb) => {
      noticeCbs.push(cb);
      if (lastNotice) cb(lastNotice);
    },
    reload: guarded(reloadShown),
    keepMine: guarded(async () => {
      await store.flush();
      await resolveConflict();
    }),
    exportCurrent: async () => undefined, // replaced by the DOM glue (download)
  };
}
