/**
 * The dossier store: persistence of dossiers in the browser, with no DOM. Wiring only — each
 * concern lives in its own module (import those directly); this barrel holds what the page
 * glue needs. `openBrowserKV` loads localforage dynamically.
 */
export { openBrowserKV } from './localforage-kv';
export { createDossierRepo } from './repo';
export { openChannel } from './tab-sync';
export { probeStorage } from './probe';
export { requestPersistence } from './persist';
export { webLock } from './lock';
