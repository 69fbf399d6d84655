/**
 * The script every page loads (kept tiny): copy buttons, highlighting of the linked target,
 * step-status marks; at idle the heading links, « Signaler une erreur » and the service worker.
 * The search and the islands load their own modules.
 */
import { installCopy } from './copy';
import { highlightTarget } from './anchors';
import { refreshBadges } from './status-badges';
import { installTypedMark } from './typed-mark';

installTypedMark();
installCopy();
// The header menu's and the theme toggle's code load on their first click (the toggle's initial
// state is set inline). The skip link to the search opens the menu when the search is in it.
document.addEventListener('click', (e) => {
  const el = (e.target as Element).closest('[data-menu-button],[data-theme-toggle],[href="#recherche-site"]');
  if (!el) return;
  if (el.hasAttribute('data-theme-toggle')) void import('./theme').then((m) => m.toggleTheme());
  else if (el.hasAttribute('data-menu-button')) void import('./menu').then((m) => m.toggleMenu());
  else if (document.querySelector<HTMLElement>('[data-menu-button]')?.offsetParent) {
    e.preventDefault();
    void import('./menu').then((m) => m.openOnSearch());
  }
});
highlightTarget();
refreshBadges();
// The service worker is registered once the page has loaded and the browser is idle: offline
// use never delays the first load, and its code stays out of every page's first-load script.
const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 3000 }) : setTimeout(cb, 1500));
idle(() => void import('./sw-register').then((m) => m.registerServiceWorker()));
idle(() =>
  void import('./heading-links').then((m) => {
    m.addHeadingButtons();
    m.installReportLinks();
  }),
);
window.addEventListener('hashchange', highlightTarget);
window.addEventListener('storage', (e) => {
  if (e.key === null || e.key.startsWith('guide-siseri:')) refreshBadges();
});
