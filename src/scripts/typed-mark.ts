/**
 * Marks the fields the user changes (`data-typed`), from the first moment of the page: an island
 * that starts later takes what they hold (`islands/early-input.ts`), and tells them apart from
 * values the browser restored by itself after a reload.
 */

/** Marks the field an `input` or `change` event came from. */
function markTyped(e: Event): void {
  const el = e.target;
  if (el instanceof HTMLElement && el.dataset.key !== undefined) el.dataset.typed = '';
}

/** Listens on the whole document (capture: before any island's handler). */
export function installTypedMark(): void {
  addEventListener('input', markTyped, true);
  addEventListener('change', markTyped, true);
}
