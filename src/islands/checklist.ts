/**
 * The « Avant de commencer » checklist (`<Checklist>`): shows the ticks of the open dossier and
 * saves each change with it, through the page's dossier session (loaded lazily, like the form
 * islands'). A box ticked before the dossier is loaded keeps the user's choice. Another tab's
 * save or an import shows the new ticks.
 */
import { getSession } from './page-session';
import { checklistState, withChecklistItem } from '../lib/checklist';
import type { DossierData } from '../lib/record';

/** Wires every `[data-checklist-item]` box of the page. */
export function startChecklist(): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-checklist-item]')];
  if (!boxes.length || document.documentElement.dataset.checklist === 'on') return;
  document.documentElement.dataset.checklist = 'on';
  const status = document.querySelector<HTMLElement>('[data-checklist-status]');
  const session = getSession();
  let data: DossierData | undefined;
  /** Changes made before the dossier was loaded: item → ticked. */
  const early = new Map<string, boolean>();

  const show = (d: DossierData) => {
    const state = checklistState(d);
    for (const b of boxes) b.checked = state[b.dataset.checklistItem ?? ''] === true;
  };

  for (const b of boxes) {
    b.addEventListener('change', () => {
      const key = b.dataset.checklistItem ?? '';
      if (!data) {
        early.set(key, b.checked);
        return;
      }
      data = withChecklistItem(data, key, b.checked);
      session.save(data);
    });
  }
  session.onStatus((s) => {
    if (status) status.textContent = s.text;
  });
  session.onReplace((d) => {
    data = d;
    show(d);
  });
  void session.load().then((d) => {
    data = d;
    for (const [key, ticked] of early) data = withChecklistItem(data, key, ticked);
    show(data);
    if (early.size) session.save(data);
    early.clear();
    document.documentElement.dataset.checklistReady = 'true';
  });
}
