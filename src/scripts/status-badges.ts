/**
 * Fills the step status marks (`[data-step-status]`) and the open dossier's name in the header
 * from the status mirror. Tiny on purpose: no store, no validators. Islands call
 * `refreshBadges()` after each change. The marks have a fixed size, so filling them moves nothing;
 * their words are visually hidden text (the icon comes from CSS on `data-status`).
 */
import { DOSSIER_NAME_KEY, STATUS_MIRROR_KEY, parseStatusMirror } from '../lib/status-mirror';
import { pageStrings } from './strings';
import type { frClient } from '../i18n/fr';

/** This tab's copy of `key` (sessionStorage), else the last one written by any tab; `null` when refused. */
function read(key: string): string | null {
  for (const storage of [() => sessionStorage, () => localStorage]) {
    try {
      const v = storage().getItem(key);
      if (v !== null) return v;
    } catch {
      /* storage refused */
    }
  }
  return null;
}

/** Reads the mirror (empty when storage is refused). */
function readMirror() {
  return parseStatusMirror(read(STATUS_MIRROR_KEY));
}

/** The open dossier's name (empty when none or storage is refused). */
function readName(): string {
  return (read(DOSSIER_NAME_KEY) ?? '').slice(0, 120);
}

/** Updates every status mark of the page, and the open dossier in the header, from the mirror. */
export function refreshBadges(): void {
  const name = readName();
  const mirror = readMirror();
  // Shown once the dossier has data (same rule as the inline scripts of lib/early-state.ts).
  const show = name !== '' && Object.values(mirror).some((s) => s !== 'vide');
  document.querySelectorAll<HTMLElement>('[data-dossier-name]').forEach((el) => {
    el.hidden = !show;
    const text = el.querySelector('[data-dossier-name-text]');
    if (text) text.textContent = name;
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
    text.textContent = (labels as Record<string, string>)[s] ?? s;
  });
}
