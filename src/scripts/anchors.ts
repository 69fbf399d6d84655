/**
 * The target of the URL hash is focused and highlighted when the page opens, so a link sent by
 * support lands on the exact spot. (The heading link icons are in heading-links.ts.)
 */

/** Focuses and highlights the element named by the URL hash. */
export function highlightTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const el = document.getElementById(id);
  if (!el) return;
  el.classList.add('is-target');
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}
