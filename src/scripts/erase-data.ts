/**
 * « Effacer mes données » (lazy chunk, loaded on confirmation only): erases everything the site
 * stored in this browser — the list is `lib/store/site-keys.ts`.
 */
import { createDossierRepo, openBrowserKV, openChannel, webLock } from '../lib/store';
import { eraseSiteData, webStorage } from '../lib/store/site-keys';

/** Deletes everything this site stored in this browser. */
export async function eraseAllData(): Promise<void> {
  // Open pages of the guide stop saving what they show (or it would be written again).
  const channel = openChannel();
  channel?.postMessage({ type: 'erased', tabId: 'effacer' });
  await eraseSiteData({
    removeStore: async () => {
      const kv = await openBrowserKV();
      const repo = createDossierRepo({ kv, now: () => new Date(), newId: () => crypto.randomUUID(), exclusive: webLock(navigator.locks) });
      await repo.removeAll();
    },
    local: webStorage(() => localStorage),
    tab: webStorage(() => sessionStorage),
  });
  channel?.close?.();
}
