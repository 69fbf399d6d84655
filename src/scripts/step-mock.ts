/**
 * The PASS mock-up beside a form step's form. At ≥ 1200 px (the sticky column) its disclosure
 * is kept open, and the element of the field that has focus is highlighted (`is-current`) and
 * scrolled into view inside the mock-up's column, without moving the page. Below that width
 * the disclosure « Voir l'écran de PASS » stays as the user leaves it (closed at first).
 * Printing opens it, so the mock-up is on paper.
 */

/** Width from which the mock-up stands in a column beside the form (also in steps.css). */
const WIDE = '(min-width: 1200px)';

const details = document.querySelector<HTMLDetailsElement>('[data-mock-details]');
const scroller = document.querySelector<HTMLElement>('[data-mock-scroll]');
const wide = window.matchMedia(WIDE);
let current: HTMLElement | null = null;

/** Opens the disclosure in the wide layout; closes it again when the window narrows. */
function syncLayout(): void {
  if (!details) return;
  // The column scrolls on its own when wide: reachable with the keyboard then.
  if (wide.matches) scroller?.setAttribute('tabindex', '0');
  else scroller?.removeAttribute('tabindex');
  if (wide.matches) {
    if (!details.open) details.dataset.autoOpened = 'wide';
    details.open = true;
  } else if (details.dataset.autoOpened) {
    details.open = false;
    delete details.dataset.autoOpened;
  }
}

/** Highlights the mock-up element of field `id` (or none) and brings it into the column's view. */
function highlight(id: string | null): void {
  const el = id ? document.querySelector<HTMLElement>(`[data-mock-field="${CSS.escape(id)}"]`) : null;
  if (el === current) return;
  current?.classList.remove('is-current');
  current = el;
  if (!el) return;
  el.classList.add('is-current');
  if (!scroller || !wide.matches) return;
  const box = el.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  // Centred in the column unless it already sits in its middle half.
  const middle = box.top + box.height / 2 - view.top;
  if (middle < view.height / 4 || middle > (view.height * 3) / 4) {
    scroller.scrollTop += middle - view.height / 2;
  }
}

if (details) {
  syncLayout();
  wide.addEventListener('change', syncLayout);
  document.addEventListener('focusin', (e) => {
    const frame = (e.target as Element | null)?.closest<HTMLElement>('[data-field]');
    if (frame) highlight(frame.dataset.field ?? null);
  });
  window.addEventListener('beforeprint', () => {
    if (details.open) return;
    details.open = true;
    details.dataset.autoOpened = 'print';
  });
  window.addEventListener('afterprint', syncLayout);
}
