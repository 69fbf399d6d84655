/**
 * The header « Menu » disclosure (below 62em): the button toggles `aria-expanded` and the
 * panel; Échap or a click outside closes it, and Échap gives the focus back to the button. The
 * « Aller à la recherche » skip link opens it first, since the search field lives in the panel.
 */
export function installMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const panel = document.querySelector<HTMLElement>('[data-menu]');
  if (!button || !panel) return;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('is-open', open);
  };
  const usesButton = () => getComputedStyle(button).display !== 'none';
  button.addEventListener('click', () => set(!isOpen()));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    const inside = panel.contains(document.activeElement) || document.activeElement === button;
    set(false);
    if (inside) button.focus();
  });
  document.addEventListener('click', (e) => {
    const target = e.target as Node | null;
    if (isOpen() && target && !panel.contains(target) && !button.contains(target)) set(false);
  });
  document.querySelectorAll<HTMLAnchorElement>('a.skip-link[href="#recherche-site"]').forEach((a) => {
    a.addEventListener('click', (e) => {
      if (!usesButton()) return;
      e.preventDefault();
      set(true);
      document.getElementById('recherche-site')?.focus();
    });
  });
}
