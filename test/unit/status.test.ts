import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../src/model';
import type { ScreenDef } from '../../src/model';
import { emptyDossier } from '../../src/lib/dossier';
import { stepStatus } from '../../src/lib/status';
import { dossierReady } from '../../src/lib/readiness';
import { person, validDossier } from './checks-fixtures';

const screen = (slug: string): ScreenDef => SCREENS.find((s) => s.slug === slug)!;
const employeur = screen('employeur');
const ces = screen('correspondant-employeur');
const mdt = screen('medecin-du-travail');

describe('stepStatus', () => {
  it('is « vide » for every step of an empty dossier, and for screens without a form', () => {
    for (const s of SCREENS) expect(stepStatus(s, emptyDossier()), s.slug).toBe('vide');
    for (const s of SCREENS) expect(stepStatus(s, undefined), s.slug).toBe('vide');
    expect(stepStatus(screen('acces-pass'), validDossier())).toBe('vide');
  });

  it('is « complet » for every form step of a valid dossier but the untouched ones', () => {
    const d = validDossier();
    const got = Object.fromEntries(SCREENS.filter((s) => s.form).map((s) => [s.slug, stepStatus(s, d)]));
    expect(got).toEqual({
      employeur: 'complet',
      'representant-legal': 'complet',
      etablissement: 'complet',
      'pieces-justificatives': 'complet',
      'correspondant-employeur': 'complet',
      'medecin-du-travail': 'vide',
      pcr: 'complet',
      travailleurs: 'complet',
      'apres-la-creation': 'vide',
    });
  });

  it('is « en-cours » when started with required values still blank', () => {
    const d = emptyDossier();
    d.employeur = { ...(d.employeur as object), raisonSociale: 'Cabinet Dupont' };
    expect(stepStatus(employeur, d)).toBe('en-cours');
    d.ces = [{}];
    expect(stepStatus(ces, d)).toBe('en-cours');
  });

  it('is « erreurs » when a filled value is wrong, even with blanks left', () => {
    const d = emptyDossier();
    d.employeur = { ...(d.employeur as object), siret: '123' };
    expect(stepStatus(employeur, d)).toBe('erreurs');
    const v = validDossier();
    v.ces = [person('ces', 'Paul', 'Martin', 'p@exemple.fr'), person('ces', 'Anne', 'Roy', 'P@exemple.fr')];
    expect(stepStatus(ces, v)).toBe('erreurs');
  });

  it('ignores warnings', () => {
    const d = validDossier();
    d.employeur = { ...(d.employeur as object), raisonSociale: 'Cabinet « Dupont » #1' };
    expect(stepStatus(employeur, d)).toBe('complet');
  });

  it('counts any non-default value, even a wrong-typed one, as started', () => {
    const d = emptyDossier();
    d.employeur = { ...(d.employeur as object), siret: 42 as unknown as string };
    expect(stepStatus(employeur, d)).toBe('en-cours');
    d.employeur = { ...(d.employeur as object), siret: '', pays: 'France' };
    expect(stepStatus(employeur, d)).toBe('vide');
  });

  it('is « complet » for an optional list with valid entries', () => {
    const d = validDossier();
    d.mdt = [person('mdt', 'Jean', 'Roux', 'jean.roux@exemple.fr')];
    expect(stepStatus(mdt, d)).toBe('complet');
  });
});

describe('dossierReady', () => {
  it('is true for a valid dossier without médecin du travail nor after-creation values', () => {
    expect(dossierReady(validDossier())).toBe(true);
  });

  it('is false for an empty dossier or any error before creation', () => {
    expect(dossierReady(emptyDossier())).toBe(false);
    expect(dossierReady(null)).toBe(false);
    const d = validDossier();
    d.pcr = [];
    expect(dossierReady(d)).toBe(false);
  });

  it('ignores the after-creation screen', () => {
    expect(dossierReady({ ...validDossier(), suivi: 'n’importe quoi' })).toBe(true);
  });
});
