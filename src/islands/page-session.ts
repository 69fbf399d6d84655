/**
 * The page's one dossier session. The persistent implementation (localforage, zod, the whole
 * model) is a separate chunk loaded with `import()` once the page has loaded (`afterLoad`), so
 * the island's first load stays small; calls made before it arrives are forwarded.
 */
import { afterLoad } from './after-load';
import type { DossierData } from '../lib/record';
import type { DossierManager, DossierSession, SessionNotice, SessionStatus } from './session';

type Real = DossierSession & { manager: DossierManager };
let real: Promise<Real> | undefined;

/** The persistent session, loaded once. */
function loadReal(): Promise<Real> {
  real ??= afterLoad()
    .then(() => import('./persistent-session'))
    .then((m) => m.createPersistentSession());
  return real;
}

/** The chunk could not load (offline without the service worker): `load()` says so to its caller. */
const ignore = () => undefined;

/** The session shared by every island of this page. */
export function getSession(): DossierSession {
  return {
    load: () => loadReal().then((s) => s.load()),
    save: (data: DossierData) => void loadReal().then((s) => s.save(data), ignore),
    flush: () => loadReal().then((s) => s.flush()),
    onReplace: (cb: (d: DossierData) => void) => void loadReal().then((s) => s.onReplace(cb), ignore),
    onStatus: (cb: (s: SessionStatus) => void) => void loadReal().then((s) => s.onStatus(cb), ignore),
    onNotice: (cb: (n: SessionNotice | null) => void) => void loadReal().then((s) => s.onNotice(cb), ignore),
    reload: () => loadReal().then((s) => s.reload()),
    keepMine: () => loadReal().then((s) => s.keepMine()),
    exportCurrent: () => loadReal().then((s) => s.exportCurrent()),
  };
}

/** The dossier manager of this page (same session). */
export async function getManager(): Promise<DossierManager> {
  return (await loadReal()).manager;
}
