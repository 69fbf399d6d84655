/**
 * Fills the step-navigation badges (`[data-step-status]`) from the status mirror. Tiny on
 * purpose: no store, no validators. Islands call `refreshBadges()` after each change.
 */
import { STATUS_MIRROR_KEY, parseStatusMirror } from '../lib/status-mirror';
import { pageStrings } from './strings';
import type { frClient } from '../i18n/fr';

/** Reads the mirror (empty when storage is refused). */
function readMirror() {
  try {
    return parseStatusMirror(localStorage.getItem(STATUS_MIRROR_KEY));
  } catch {
    return {};
  }
}

/** Updates every badge of the page from the mirror. */
export function refreshBadges(): void {
  const labels = pageStrings<typeof frClient>('i18n-client').status ?? {};
  const mirror = readMirror();
  document.querySelectorAll<HTMLElement>('[data-step-status]').forEach((el) => {
    const s = mirror[el.dataset.stepStatus ?? ''];
    if (!s) {
      el.hidden = true;
      return;
    }
    el.dataset.status = s;
    el.textContent = (labels as Record<string, string>)[s] ?? s;
    el.hidden = false;
  });
}
