/**
 * Fills the step status marks (`[data-step-status]`) and the open dossier's name in the header
 * from the status mirror. Tiny on purpose: no store, no validators. Islands call
 * `refreshBadges()` after each change. The marks have a fixed size, so filling them moves nothing;
 * their words are visually hidden text (the icon comes from CSS on `data-status`).
 */
import { DOSSIER_NAME_KEY, STATUS_MIRROR_KEY, parseStatusMirror } from '../lib/status-mirror';
import { hasData } from '../lib/early-state';
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

/** Updates every status mark of the page, and the open dossier in the header, from the mirror. */
export function refreshBadges(): void {
  const name = readName();
  const mirror = readMirror();
  const show = name !== '' && hasData(mirror);
  document.querySelectorAll<HTMLElement>('[data-dossier-name]').forEach((el) => {
    el.hidden = !show;
    const text = el.querySelector('[data-dossier-name-text]');
    if (text && text.textContent !== name) text.textContent = name;
  });
  const labels = pageStrings<typeof frClient>('i18n-client').status ?? {};
  document.querySelectorAll<HTMLElement>('[data-step-status]').forEach((el) => {
    const s = mirror[el.dataset.stepStatus ?? ''];
    const text = el.querySelector('[data-step-mark-text]') ?? el;
    if (!s) {
      delete el.dataset.status;
      text.textContent = '';
      return;
    }
    el.dataset.status = s;
    text.textContent = ` (${(labels as Record<string, string>)[s] ?? s})`;
  });
}
