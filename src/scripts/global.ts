/**
 * The script every page loads (kept tiny): copy buttons, heading links, highlighting of the
 * linked target, step-status badges, service worker. The search and the islands load their own modules.
 */
import { installCopy } from './copy';
import { addHeadingButtons, highlightTarget } from './anchors';
import { refreshBadges } from './status-badges';
import { registerServiceWorker } from './sw-register';

installCopy();
addHeadingButtons();
highlightTarget();
refreshBadges();
registerServiceWorker();
window.addEventListener('hashchange', highlightTarget);
window.addEventListener('storage', (e) => {
  if (e.key === null || e.key.startsWith('guide-siseri:')) refreshBadges();
});
