/**
 * The persistent dossier session of a page (lazy chunk): the browser's side of the page store
 * (`lib/store/page-store.ts`) — IndexedDB through localforage, Web Storage, the cross-tab lock and
 * channel, the badges' mirror, downloads, and the page-lifecycle events (emergency copy on hide,
 * leave-page guard while leaving would lose edits). Thin on purpose: the logic is unit-tested.
 */
import { SCREENS } from '../model/screens';
import type { DossierData } from '../lib/dossier';
import { stepStatus } from '../lib/status';
import type { StatusMirror } from '../lib/status-mirror';
import { openBrowserKV, openChannel, probeStorage, requestPersistence, webLock } from '../lib/store';
import { LOCAL_KEYS, SESSION_KEYS, webStorage } from '../lib/store/site-keys';
import { openPageStore } from '../lib/store/page-store';
import { createManager, exportDossiers } from '../lib/store/manager';
import type { DossierManager, DossierSession } from '../lib/store/page-types';
import { downloadText } from '../scripts/download';
import { refreshBadges } from '../scripts/status-badges';

/**
 * Writes the statuses and the dossier's name for the badges and the header of every page: for
 * this tab (sessionStorage, read first) and for tabs opened later (localStorage).
 */
function writeMirror(data: DossierData, name: string): void {
  const mirror: StatusMirror = {};
  for (const s of SCREENS) if (s.form && !s.afterCreation) mirror[s.slug] = stepStatus(s, data);
  for (const [storage, keys] of [
    [() => sessionStorage, SESSION_KEYS],
    [() => localStorage, LOCAL_KEYS],
  ] as const) {
    try {
      storage().setItem(keys.statusMirror, JSON.stringify(mirror));
      storage().setItem(keys.dossierName, name);
    } catch {
      /* storage refused: badges simply stay hidden */
    }
  }
  refreshBadges();
}

/** Creates the page's persistent session (never rejects: storage failures end in memory). */
export async function createPersistentSession(): Promise<DossierSession & { manager: DossierManager }> {
  const local = webStorage(() => localStorage);
  const tab = webStorage(() => sessionStorage);
  let asked = false;
  const page = await openPageStore({
    openKV: openBrowserKV,
    probe: (kv) => probeStorage(kv),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    exclusive: webLock(navigator.locks),
    channel: openChannel,
    local,
    tab,
    mirror: writeMirror,
    persist: () => {
      if (asked) return;
      asked = true;
      void requestPersistence(navigator.storage);
    },
  });
  const managerDeps = { download: downloadText, local, tab, now: () => new Date() };

  addEventListener('pagehide', () => page.hide());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') page.hide();
  });
  addEventListener('beforeunload', (e) => {
    if (page.wouldLoseWork()) e.preventDefault();
  });

  return Object.assign(page, {
    manager: createManager(page, managerDeps),
    exportCurrent: () => exportDossiers(page, managerDeps, 'one'),
  });
}
