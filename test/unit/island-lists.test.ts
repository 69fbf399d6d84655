/**
 * The form island's list logic without a browser: the component is built with injected fakes
 * (session, strings, checks), as Alpine would, and driven by its methods.
 */
import { describe, expect, it } from 'vitest';
import { FormIsland } from '../../src/islands/form-island';
import type { DossierSession } from '../../src/islands/session';
import { frIsland } from '../../src/i18n/fr';
import { SCREENS, type FormDef } from '../../src/model';
import type { DossierData } from '../../src/lib/record';
import * as logic from '../../src/islands/logic';

function island(data: DossierData) {
  const said: string[] = [];
  const saved: DossierData[] = [];
  const session = { save: (d: DossierData) => saved.push(structuredClone(d)) } as unknown as DossierSession;
  const form = SCREENS.find((s) => s.form?.key === 'pcr')!.form as FormDef;
  const c = new FormIsland({ session, announce: (m) => said.push(m), readForm: () => form, strings: frIsland, loadLogic: async () => logic, bindLater: async () => {} });
  Object.assign(c, { form, formKey: 'pcr', noun: 'personne compétente', data, loaded: true, logic, $nextTick: () => {} });
  return { c, said, saved };
}

const person = (civilite: string, prenom: string, nom: string) => ({ civilite, prenom, nom, courriel: `${prenom}@exemple.fr` });

describe('list island', () => {
  it('« Retirer » then « Annuler le retrait » puts the entry back at its place; agreement by « Civilité »', () => {
    const { c, said, saved } = island({ pcr: [person('M.', 'Paul', 'Martin'), person('Mme.', 'Amélie', 'Garçon'), person('M.', 'Luc', 'Petit')] });
    c.removeEntryAt(1);
    expect(said.at(-1)).toBe('Amélie Garçon retirée de la liste.');
    expect(c.entries().map((e) => e.nom)).toEqual(['Martin', 'Petit']);
    expect(c.canUndo).toBe(true);
    expect(c.undoLabel).toBe('Annuler le retrait de Amélie Garçon');
    c.undoRemove();
    expect(c.entries().map((e) => e.nom)).toEqual(['Martin', 'Garçon', 'Petit']);
    expect(c.canUndo).toBe(false);
    expect(saved.at(-1)?.pcr).toHaveLength(3);
    c.removeEntryAt(0);
    expect(said.at(-1)).toBe('Paul Martin retiré de la liste.');
  });
  it('a move keeps the entry being edited the one in the form', () => {
    const { c } = island({ pcr: [person('M.', 'Paul', 'Martin'), person('Mme.', 'Amélie', 'Garçon')] });
    c.editEntry(0);
    c.moveDown(0);
    expect(c.editIndex).toBe(1);
    expect(c.entries()[c.editIndex]?.nom).toBe('Martin');
  });
  it('rows give each move button an id, for the focus to stay on it', () => {
    const { c } = island({ pcr: [person('M.', 'Paul', 'Martin')] });
    expect(c.rows[0]).toMatchObject({ editId: 'pcr-entree-0-modifier', upId: 'pcr-entree-0-monter', downId: 'pcr-entree-0-descendre', first: true, last: true });
  });
});
