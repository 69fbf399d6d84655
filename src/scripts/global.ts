/**
 * The script every page loads (kept tiny): copy buttons, heading links, highlighting of the
 * linked target, step-status badges, service worker. The search and the islands load their own modules.
 */
import { installCopy } from './copy';
import { addHeadingButtons, highlightTarget } from './anchors';
import { refreshBadges } from './status-badges';
import { installTypedMark } from './typed-mark';
import { installMenu } from './menu';
import { installThemeToggle } from './theme';
import { fillReportLinks } from './report';

installTypedMark();
installCopy();
installMenu();
installThemeToggle();
fillReportLinks();
addHeadingButtons();
highlightTarget();
refreshBadges();
// The service worker is registered once the page has loaded and the browser is idle: offline
// use never delays the first load, and its code stays out of every page's first-load script.
const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 3000 }) : setTimeout(cb, 1500));
idle(() => void import('./sw-register').then((m) => m.registerServiceWorker()));
window.addEventListener('hashchange', highlightTarget);
window.addEventListener('storage', (e) => {
  if (e.key === null || e.key.startsWith('guide-siseri:')) refreshBadges();
});
