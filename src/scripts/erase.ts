/**
 * The « Effacer mes données » button (`[data-erase-all]`): asks with the `#confirmer-effacer`
 * dialog, then loads the store only to delete everything, announces it and reloads the page.
 * Tiny on purpose: it ships on the privacy page, a prose page.
 */
import { announce } from './announce';
import { askDialog } from './confirm-dialog';
import { pageStrings } from './strings';
import type { frErase } from '../i18n/fr';

/** Wires every erase button of the page. */
export function installErase(): void {
  const dialog = document.getElementById('confirmer-effacer') as HTMLDialogElement | null;
  const S = pageStrings<typeof frErase>('i18n-erase');
  document.querySelectorAll<HTMLButtonElement>('[data-erase-all]').forEach((btn) => {
    btn.addEventListener('click', async () => {
      if (!dialog) return;
      if (!(await askDialog(dialog))) return btn.focus();
      const out = document.getElementById('effacer-resultat');
      try {
        const { eraseAllData } = await import('./erase-data');
        await eraseAllData();
        if (out) out.textContent = S.done ?? '';
        announce(S.done ?? '');
        setTimeout(() => location.reload(), 1500);
      } catch (e) {
        const msg = `${S.failed ?? ''} ${e instanceof Error ? e.message : ''}`.trim();
        if (out) out.textContent = msg;
        announce(msg);
      }
    });
  });
}
