/**
 * The header « Menu » disclosure (below 62em), loaded on the first click of its button (the
 * every-page script only delegates that click): the button toggles `aria-expanded` and the
 * panel; Échap or a click outside closes it, and Échap gives the focus back to the button. The
 * « Aller à la recherche » skip link opens it on the search field, which lives in the panel.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const panel = document.querySelector<HTMLElement>('[data-menu]');
const isOpen = () => button?.getAttribute('aria-expanded') === 'true';

/** Opens or closes the menu. */
function setMenu(open: boolean): void {
  if (!button || !panel) return;
  button.setAttribute('aria-expanded', String(open));
  panel.classList.toggle('is-open', open);
}

/** The button's click. */
export function toggleMenu(): void {
  setMenu(!isOpen());
}

/** The skip link's click: opens the menu on the search field. */
export function openOnSearch(): void {
  setMenu(true);
  document.getElementById('recherche-site')?.focus();
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !isOpen() || !panel || !button) return;
  const inside = panel.contains(document.activeElement) || document.activeElement === button;
  setMenu(false);
  if (inside) button.focus();
});
document.addEventListener('click', (e) => {
  const target = e.target as Node | null;
  if (isOpen() && target && !panel?.contains(target) && !button?.contains(target)) setMenu(false);
});
