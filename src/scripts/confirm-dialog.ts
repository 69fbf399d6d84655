/**
 * Opens a native confirmation `<dialog>` (its buttons in a `<form method="dialog">`, « OK »
 * with `value="ok"`) and resolves once it closes: `true` for « OK », `false` for « Annuler »
 * or Échap. Used by PASS's pop-ups, the dossier manager and « Effacer mes données ».
 */
export function askDialog(dialog: HTMLDialogElement): Promise<boolean> {
  dialog.returnValue = '';
  return new Promise((ok) => {
    dialog.addEventListener('close', () => ok(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
    // Opened scrolled to its top: at 400 % zoom the question, not only the focused « OK », is in view.
    dialog.scrollTop = 0;
  });
}
