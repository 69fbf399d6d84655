/**
 * Fills the step-navigation badges (`[data-step-status]`) from the status mirror. Tiny on
 * purpose: no store, no validators. Islands call `refreshBadges()` after each change.
 */
import { DOSSIER_NAME_KEY, STATUS_MIRROR_KEY, parseStatusMirror } from '../lib/status-mirror';
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

/** The open dossier's name (empty when none or storage is refused). */
function readName(): string {
  try {
    return (localStorage.getItem(DOSSIER_NAME_KEY) ?? '').slice(0, 120);
  } catch {
    return '';
  }
}

/** Updates every badge of the page, and the open dossier's name in the header, from the mirror. */
export function refreshBadges(): void {
  const name = readName();
  document.querySelectorAll<HTMLElement>('[data-dossier-name]').forEach((el) => {
    el.hidden = name === '';
    const text = el.querySelector('[data-dossier-name-text]');
    if (text) text.textContent = name;
  });
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
