import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { SCREENS, formFields } from '../../src/model';
import { emptyDossier } from '../../src/lib/dossier';
import { dossierDataSchema, parseDossierData } from '../../src/lib/schema';
import { validDossier } from './checks-fixtures';

describe('dossierDataSchema', () => {
  it('is derived from the model: one key per form (and the checklist), one key per field', () => {
    const shape = dossierDataSchema.shape as Record<string, unknown>;
    expect(Object.keys(shape)).toEqual([...SCREENS.flatMap((s) => (s.form ? [s.form.key] : [])), 'preparation']);
  });

  it('accepts emptyDossier() and a valid dossier unchanged', () => {
    expect(parseDossierData(emptyDossier())).toEqual({ ok: true, data: emptyDossier() });
    expect(parseDossierData(validDossier())).toEqual({ ok: true, data: validDossier() });
  });

  it('fills missing keys with the defaults', () => {
    expect(parseDossierData({})).toEqual({ ok: true, data: emptyDossier() });
    const r = parseDossierData({ employeur: { siret: '732 829 320 00074' }, ces: [{ nom: 'Martin' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.employeur).toEqual({ ...(emptyDossier().employeur as object), siret: '732 829 320 00074' });
    const entry = (r.data.ces as Record<string, unknown>[])[0] ?? {};
    expect(entry.nom).toBe('Martin');
    expect(entry.externe).toBe(false);
    expect(entry.pays).toBe('France');
    expect(Object.keys(entry)).toEqual(formFields(SCREENS.find((s) => s.form?.key === 'ces')!.form!).map((f) => f.key));
  });

  it('strips unknown keys, at every level', () => {
    const r = parseDossierData({ ...emptyDossier(), intrus: 1, employeur: { siret: '1', intrus: 2 }, ['__proto__']: { polluted: true } });
    expect(r).toEqual({ ok: true, data: { ...emptyDossier(), employeur: { ...(emptyDossier().employeur as object), siret: '1' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps content the checks would refuse: it checks the shape only', () => {
    const d = { ...emptyDossier(), employeur: { ...(emptyDossier().employeur as object), siret: 'abc', protocole: 'inconnu' } };
    expect(parseDossierData(d)).toEqual({ ok: true, data: d });
  });

  it('does not share default arrays between results', () => {
    const a = parseDossierData({});
    const b = parseDossierData({});
    if (!a.ok || !b.ok) throw new Error('parse');
    (a.data.ces as unknown[]).push({});
    expect(b.data.ces).toEqual([]);
  });
});

describe('parseDossierData errors (French)', () => {
  it('refuses what is not a dossier', () => {
    for (const input of [null, undefined, 'dossier', 42, [], true]) {
      expect(parseDossierData(input)).toEqual({ ok: false, error: checkMessage('check.data.notDossier') });
    }
  });

  it('says which field has the wrong type', () => {
    expect(parseDossierData({ employeur: { siret: 73282932000074 } })).toEqual({
      ok: false,
      error:
        'Ces données ne forment pas un dossier valide de ce guide\u00a0: le champ «\u00a0Numéro SIRET\u00a0» de l’étape «\u00a0Identifier l\'employeur\u00a0» devrait contenir du texte.',
    });
    const entry = parseDossierData({ pcr: [{}, { envoiInfos: 'oui' }] });
    expect(entry.ok === false && entry.error).toBe(
      checkMessage('check.data.invalid', {
        where: checkMessage('check.data.entryField', { label: 'Envoi des informations dosimétriques', n: 2, step: SCREENS.find((s) => s.slug === 'pcr')!.title }),
        expected: checkMessage('check.data.expected.boolean'),
      }),
    );
  });

  it('says which form or entry has the wrong shape', () => {
    const list = parseDossierData({ ces: {} });
    expect(list.ok === false && list.error).toContain(checkMessage('check.data.expected.array'));
    const record = parseDossierData({ employeur: [] });
    expect(record.ok === false && record.error).toContain(checkMessage('check.data.expected.object'));
    const entry = parseDossierData({ mdt: ['x'] });
    expect(entry.ok === false && entry.error).toContain('l’entrée n°\u00a01');
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('get'); }, ownKeys: () => { throw new Error('keys'); } });
    expect(parseDossierData(hostile).ok).toBe(false);
    const cyclic: Record<string, unknown> = { ...emptyDossier() };
    cyclic.employeur = cyclic;
    expect(() => parseDossierData(cyclic)).not.toThrow();
  });
});
