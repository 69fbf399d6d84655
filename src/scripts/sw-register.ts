/**
 * Registers the service worker (offline use) and offers a new version without ever reloading
 * under the user's feet: when a new worker is waiting, a banner says « Nouvelle version
 * disponible — recharger »; only a click activates it and reloads.
 */
import { pageStrings } from './strings';
import { parseStatusMirror, STATUS_MIRROR_KEY } from '../lib/status-mirror';
import type { frClient } from '../i18n/fr';

/** The parts of a waiting `ServiceWorker` and of `navigator.serviceWorker` the update uses. */
interface WaitingLike {
  readonly state: string;
  postMessage(message: unknown): void;
}
interface ContainerLike {
  addEventListener(type: 'controllerchange', cb: () => void, options: { once: true }): void;
}

/**
 * « Recharger » on the update banner. In the tab clicked first, the waiting worker is told to
 * take over and the page reloads once it controls. In every other open tab the same worker may
 * already be active (the first tab's click activated it): then the page reloads at once.
 */
export function applyUpdate(waiting: WaitingLike, container: ContainerLike, reload: () => void): void {
  if (waiting.state === 'activating' || waiting.state === 'activated' || waiting.state === 'redundant') return reload();
  container.addEventListener('controllerchange', reload, { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Groups of files the service worker caches on demand (see src/integrations/sw-template.js). */
export type WarmGroup = 'forms' | 'pdf' | 'search';

/**
 * Asks the service worker to fetch a group in the background (when online), so that it works
 * offline later: the dossier code and the PDF once a dossier has been started, the search index
 * once search is used.
 */
export function warmCache(group: WarmGroup): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !navigator.onLine) return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'WARM', group })).catch(() => undefined);
}

/** Whether a dossier has been started on this device (a step saved with something in it). */
function dossierStarted(): boolean {
  try {
    return Object.values(parseStatusMirror(localStorage.getItem(STATUS_MIRROR_KEY))).some((s) => s !== 'vide');
  } catch {
    return false;
  }
}

/** Warms the dossier code, the PDF's code and font once a dossier exists: on this page view, and when the page is left. */
function warmPdfWhenStarted(): void {
  const check = () => {
    if (!dossierStarted()) return false;
    warmCache('forms');
    warmCache('pdf');
    return true;
  };
  if (check()) return;
  const onHide = () => {
    if (document.visibilityState === 'hidden' && check()) document.removeEventListener('visibilitychange', onHide);
  };
  document.addEventListener('visibilitychange', onHide);
}

/** Shows the update banner; clicking it activates `waiting` and reloads once it controls. */
function offerUpdate(waiting: ServiceWorker): void {
  if (document.getElementById('maj-disponible')) return;
  const S = pageStrings<typeof frClient>('i18n-client');
  const bar = document.createElement('div');
  bar.id = 'maj-disponible';
  bar.className = 'update-banner';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = S.updateAvailable ?? '';
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'btn';
  btn.textContent = S.updateReload ?? '';
  btn.addEventListener('click', () => applyUpdate(waiting, navigator.serviceWorker, () => location.reload()));
  bar.append(text, btn);
  document.body.append(bar);
}

/** Registers `sw.js` under the site's base path (not in `astro dev`). */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const base = document.documentElement.dataset.base ?? '/';
  void (async () => {
    try {
      const reg = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
      warmPdfWhenStarted();
      if (reg.waiting && navigator.serviceWorker.controller) offerUpdate(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const sw = reg.installing;
        sw?.addEventListener('statechange', () => {
          if (sw.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(sw);
        });
      });
    } catch {
      /* offline use is a bonus: the site works without it */
    }
  })();
}
