/**
 * An island's fields are bound a few at a time, between tasks, after the island itself. The
 * server renders each field's controls inside `x-ignore data-bind-later` (see
 * `guide/FieldFrame.astro`): `Alpine.start()` binds the island's frame (status, notices, actions)
 * and skips them, then each slice binds fields for a few milliseconds and gives the page back —
 * no single long task on a phone, however many fields the step has. Until its turn a field is a
 * plain form control the user can already type into; `before` takes what it holds first
 * (early-input.ts), so binding never wipes it.
 */
import Alpine from '@alpinejs/csp';
import { nextTask } from './next-task';

/** How long one slice may bind fields, in ms (a long task starts at 50 ms; Lighthouse counts a phone as 4× slower). */
const SLICE_MS = 4;

type Ignored = HTMLElement & { _x_ignore?: boolean };


/** Binds one part: its `x-ignore` goes, then Alpine walks it like the rest of the island. */
function bindPart(part: Ignored, before: (part: HTMLElement) => void): void {
  before(part);
  Alpine.mutateDom(() => {
    part.removeAttribute('x-ignore');
    part.removeAttribute('data-bind-later');
  });
  delete part._x_ignore;
  Alpine.initTree(part);
}

/** Binds the parts of `root` marked `data-bind-later`, in order, a slice per task; resolves once all are bound. */
export async function bindLater(root: HTMLElement, before: (part: HTMLElement) => void): Promise<void> {
  const parts = [...root.querySelectorAll<Ignored>('[data-bind-later]')];
  let next = 0;
  while (next < parts.length) {
    await nextTask();
    const end = performance.now() + SLICE_MS;
    do bindPart(parts[next++]!, before);
    while (next < parts.length && performance.now() < end);
  }
}
