/**
 * « Effacer mes données » (lazy chunk, loaded on confirmation only): deletes every dossier of
 * this browser — the whole IndexedDB store of the site — and the badges' mirror.
 */
import { createDossierRepo, openBrowserKV, webLock } from '../lib/store';
import { DOSSIER_NAME_KEY, STATUS_MIRROR_KEY } from '../lib/status-mirror';

/** Deletes everything this site stored in this browser. */
export async function eraseAllData(): Promise<void> {
  const kv = await openBrowserKV();
  const repo = createDossierRepo({ kv, now: () => new Date(), newId: () => crypto.randomUUID(), exclusive: webLock(navigator.locks) });
  await repo.removeAll();
  try {
    localStorage.removeItem(STATUS_MIRROR_KEY);
    localStorage.removeItem(DOSSIER_NAME_KEY);
  } catch {
    /* nothing stored there */
  }
}
