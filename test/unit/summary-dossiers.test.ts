/**
 * The récapitulatif's dossier shelf without a browser: overlapping list refreshes, and what the
 * user types in « Renommer le dossier ouvert » while a refresh is still on its way (CI once saw a
 * late refresh after an import put the old name back in the field, so « Renommer » kept it).
 */
import { describe, expect, it } from 'vitest';
import { DossiersPanel } from '../../src/islands/summary-dossiers';
import type { DossierManager } from '../../src/islands/session';
import { frSummary } from '../../src/i18n/fr';

type Listing = Awaited<ReturnType<DossierManager['list']>>;

/** A manager whose `list()` answers only when the test says so, in any order. */
function slowManager() {
  const pending: { resolve: (l: Listing) => void }[] = [];
  const renamed: [string, string][] = [];
  const manager = {
    list: () => new Promise<Listing>((resolve) => pending.push({ resolve })),
    rename: async (id: string, name: string) => void renamed.push([id, name]),
    switchTo: async () => undefined,
    applyImport: async () => ({ ok: true as const, message: '1 dossier importé.' }),
  } as unknown as DossierManager;
  return { manager, pending, renamed };
}

const item = (id: string, name: string) => ({ id, name, updatedAt: '2026-12-01T10:00:00.000Z' });
const oneDossier: Listing = { items: [item('a', 'Dossier sans nom')], currentId: 'a' };
const twoDossiers: Listing = { items: [item('a', 'Dossier sans nom'), item('b', 'Cabinet dentaire Élodie Lefèvre')], currentId: 'b' };

function panel() {
  const m = slowManager();
  const said: string[] = [];
  const p = new DossiersPanel({ manager: async () => m.manager, announce: (s) => said.push(s), strings: frSummary });
  return { p, said, ...m };
}

/** Lets the awaited promises of the panel run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('dossier shelf', () => {
  it('shows the latest list when an older refresh answers last', async () => {
    const { p, pending } = panel();
    const older = p.refreshList();
    const newer = p.refreshList();
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(twoDossiers);
    await newer;
    pending[0]!.resolve(oneDossier);
    await older;
    expect(p.items.map((i) => i.name)).toEqual(['Dossier sans nom', 'Cabinet dentaire Élodie Lefèvre']);
    expect(p.currentId).toBe('b');
    expect(p.renameName).toBe('Cabinet dentaire Élodie Lefèvre');
  });

  it('keeps what the user typed in the rename field when the import’s refresh lands after it, and renames the imported dossier', async () => {
    const { p, pending, renamed } = panel();
    const first = p.refreshList();
    await settle();
    pending[0]!.resolve(oneDossier);
    await first;
    expect(p.renameName).toBe('Dossier sans nom');

    const importing = p.applyImport('new');
    await settle();
    // the user types while the list is still being read
    Object.assign(p, { $el: { value: 'Cabinet Lefèvre — Lyon 2e' } });
    p.setRenameName();
    pending[1]!.resolve(twoDossiers);
    await importing;
    expect(p.importMessage).toBe('1 dossier importé.');
    expect(p.currentId).toBe('b');
    expect(p.renameName).toBe('Cabinet Lefèvre — Lyon 2e');

    const renaming = p.renameDossier();
    await settle();
    expect(renamed).toEqual([['b', 'Cabinet Lefèvre — Lyon 2e']]);
    pending[2]!.resolve({ items: [item('a', 'Dossier sans nom'), item('b', 'Cabinet Lefèvre — Lyon 2e')], currentId: 'b' });
    await renaming;
    expect(p.actionMessage).toBe('Dossier renommé.');
  });

  it('shows the opened dossier’s name after a switch, even if the user had typed in the field', async () => {
    const { p, pending } = panel();
    Object.assign(p, { $el: { value: 'brouillon' } });
    p.setRenameName();
    Object.assign(p, { $el: { value: 'b' } });
    const switching = p.switchDossier();
    await settle();
    pending[0]!.resolve(twoDossiers);
    await switching;
    expect(p.renameName).toBe('Cabinet dentaire Élodie Lefèvre');
  });
});
