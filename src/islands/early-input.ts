/**
 * Keystrokes typed before the island started are kept. The server-rendered fields take input as
 * soon as the page shows them, long before Alpine and the dossier arrive on a slow phone; Alpine
 * would then bind them to the empty dossier and wipe them. At start, the island reads what its
 * fields hold and treats it as early edits (saved over the stored dossier once it has loaded).
 * After a reload or a history move the browser may restore old values itself: then only fields
 * the user typed into (`data-typed`, set by `scripts/typed-mark.ts` on every page) are taken.
 */
import type { DossierRecord, FieldValue } from '../lib/record';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The value a control holds when it differs from the server's, else `undefined`. */
function changedValue(el: Control): FieldValue | undefined {
  if (el instanceof HTMLInputElement && el.type === 'checkbox') return el.checked !== el.defaultChecked ? el.checked : undefined;
  if (el instanceof HTMLInputElement && el.type === 'radio') return el.checked && !el.defaultChecked ? el.value : undefined;
  if (el instanceof HTMLSelectElement) {
    const initial = [...el.options].find((o) => o.defaultSelected)?.value ?? el.options[0]?.value ?? '';
    return el.value !== initial ? el.value : undefined;
  }
  return el.value !== el.defaultValue ? el.value : undefined;
}

/** The values typed into `root`'s fields before the island started, by key. */
function typedBeforeStart(root: HTMLElement, restoredByBrowser = navigationRestores()): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  root.querySelectorAll<Control>('input[data-key], select[data-key], textarea[data-key]').forEach((el) => {
    if (restoredByBrowser && el.dataset.typed === undefined) return;
    const v = changedValue(el);
    if (v !== undefined && el.dataset.key) out[el.dataset.key] = v;
  });
  return out;
}

/** This page came from a reload or a history move (the browser may have restored form values). */
function navigationRestores(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav !== undefined && nav.type !== 'navigate';
}

/** The part of the island that early edits go to. */
interface EarlyTarget {
  /** The record being edited (the form's, or the list's entry draft). */
  target(): DossierRecord;
  /** Keys changed before the dossier arrived (record forms): put over the stored values. */
  earlyKeys: string[];
  form?: { kind: string } | undefined;
}

/** Puts what `root`'s fields hold into the island, as edits made before the dossier arrived; returns how many. */
export function adoptTyped(island: EarlyTarget, root: HTMLElement): number {
  const typed = Object.entries(typedBeforeStart(root));
  for (const [key, value] of typed) {
    island.target()[key] = value;
    if (island.form?.kind === 'record' && !island.earlyKeys.includes(key)) island.earlyKeys.push(key);
  }
  return typed.length;
}
