/**
 * The footer theme toggle: « Thème sombre » as a toggle button (`aria-pressed`). The choice is
 * kept in localStorage (`THEME_KEY`, no cookie) and applied as `<html data-theme>`; the head's
 * inline script applies it before the first paint on the next pages.
 */
import { THEME_KEY } from '../lib/early-state';

/** The theme in effect: the stored choice, else the system's. */
function current(): 'light' | 'dark' {
  const t = document.documentElement.getAttribute('data-theme');
  if (t === 'light' || t === 'dark') return t;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function installThemeToggle(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(current() === 'dark')));
  buttons.forEach((b) => {
    b.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        /* storage refused: the choice lasts for this page only */
      }
      sync();
    });
  });
  sync();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  window.addEventListener('storage', (e) => {
    if (e.key !== THEME_KEY) return;
    if (e.newValue === 'light' || e.newValue === 'dark') document.documentElement.setAttribute('data-theme', e.newValue);
    else document.documentElement.removeAttribute('data-theme');
    sync();
  });
}
