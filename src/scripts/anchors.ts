/**
 * The target of the URL hash is focused and highlighted when the page opens, so a link sent by
 * support lands on the exact spot. (The heading link icons are in heading-links.ts.)
 */

/** The id a URL fragment names: decoded when it is well-formed, taken as is otherwise (never throws). */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // « #%E0%A4%A »: malformed percent-encoding
  }
}

/** Focuses and highlights the element named by the URL hash. */
export function highlightTarget(): void {
  const id = fragmentId(location.hash);
  if (!id) return;
  const el = document.getElementById(id);
  if (!el) return;
  el.classList.add('is-target');
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}
