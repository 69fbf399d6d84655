/**
 * The footer theme toggle (« Thème sombre », `aria-pressed`), loaded on its first click only.
 * The choice is kept in localStorage (`THEME_KEY`, no cookie) and applied as `<html data-theme>`;
 * the head's inline script applies it before the first paint on the next pages, and the inline
 * script after the button sets its initial `aria-pressed`.
 */
import { THEME_KEY } from '../lib/early-state';

/** Switches to the other theme than the one in effect, remembers it, updates the buttons. */
export function toggleTheme(): void {
  const root = document.documentElement;
  const set = root.getAttribute('data-theme');
  const dark = set ? set === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const next = dark ? 'light' : 'dark';
  root.setAttribute('data-theme', next);
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    /* storage refused: the choice lasts for this page only */
  }
  document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(next === 'dark')));
}
