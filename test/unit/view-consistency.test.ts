/**
 * One view of the dossier: whether a field applies, its ids and its values are the same in the
 * form island (`appliesIn`, `inputId`), the summary, the Annexe 1 sections and the checks — for a
 * field behind a group condition, and for a field added to the model with one edit.
 */
import { describe, expect, it } from 'vitest';
import { SCREENS, type FieldDef, type FormDef, type ScreenDef } from '../../src/model';
import { annexeSections } from '../../src/lib/annexe1/sections';
import { checkDossier } from '../../src/lib/checks/dossier';
import { appliesIn } from '../../src/lib/record';
import { summarize } from '../../src/lib/summary';
import { dossierView, stepFields } from '../../src/lib/view/dossier-view';
import { fieldHref, inputId } from '../../src/lib/view/ids';
import type { DossierData } from '../../src/lib/dossier';
import { dossierComplet } from '../fixtures/dossier-complet';

const S = { entry: '{noun} n° {n}', entryIssue: 'Entrée n° {n}, {label} : {message}', fieldIssue: '{label} : {message}' };

const text = (key: string, label: string): FieldDef => ({ key, label, kind: 'text', required: true, autocomplete: 'off', check: 'texte' });

/** A screen whose second group applies only when « Externe » is ticked; its fields have no `when` of their own. */
const FORM: FormDef = {
  kind: 'record',
  key: 'essai',
  groups: [
    { id: 'a', legend: 'Personne', fields: [{ key: 'externe', label: 'Externe', kind: 'checkbox', required: false, autocomplete: 'off', defaultValue: false }, text('nom', 'Nom')] },
    { id: 'b', legend: 'Coordonnées externes', when: { key: 'externe', equals: true }, fields: [{ ...text('siret', 'Numéro SIRET'), check: 'siret' }, text('ville', 'Ville')] },
  ],
};
const SCREEN: ScreenDef = { number: 1, slug: 'essai', title: 'Essai', passTitle: 'Essai', instruction: '', mock: [], form: FORM };
const siretField = FORM.groups[1]!.fields[0]!;

/** Where the SIRET shows, in each consumer of the view. */
function whereSiretShows(externe: boolean) {
  const record = { externe, nom: 'Dupont', siret: '732 829 320 00074', ville: '' };
  const data: DossierData = { essai: record };
  const [step] = summarize(data, S, [SCREEN]);
  const [section] = annexeSections(data, [SCREEN]);
  return {
    island: appliesIn(FORM, siretField, record),
    summary: step?.lines.find((l) => l.id === 'essai-siret'),
    pdf: section?.blocks.find((b) => b.kind === 'row' && b.name === 'essai-siret'),
    checks: checkDossier(data, [SCREEN]).filter((i) => i.at.fieldKey === 'ville' || i.at.fieldKey === 'siret').map((i) => i.at.fieldKey),
  };
}

describe('a field behind a group condition', () => {
  it('is absent from the island, the summary, the PDF and the checks when the group does not apply', () => {
    expect(whereSiretShows(false)).toEqual({ island: false, summary: undefined, pdf: undefined, checks: [] });
  });

  it('is present in all four when it applies, shown as typed and given to PASS as 14 digits', () => {
    const seen = whereSiretShows(true);
    expect(seen.island).toBe(true);
    expect(seen.summary).toMatchObject({ label: 'Numéro SIRET', value: '732 829 320 00074', pass: '73282932000074', copyable: true });
    expect(seen.pdf).toEqual({ kind: 'row', name: 'essai-siret', label: 'Numéro SIRET', value: '73282932000074' });
    // The blank required « Ville » of the same group is now an error.
    expect(seen.checks).toEqual(['ville']);
  });

  it('agrees on every conditional field of the real model (full dossier, conditions flipped)', () => {
    for (const flip of [false, true]) {
      const data = dossierComplet();
      for (const list of ['ces', 'mdt', 'pcr']) for (const e of data[list] as Record<string, unknown>[]) e.externe = flip;
      const view = dossierView(data);
      const summary = summarize(data, S);
      const sections = annexeSections(data);
      for (const step of view) {
        const names = new Set(stepFields(step).map((f) => f.name));
        for (const record of step.records) {
          for (const { field } of record.groups.flatMap((g) => g.fields)) expect(appliesIn(step.form, field, record.record)).toBe(true);
        }
        const lines = summary.find((s) => s.key === step.form.key)?.lines.filter((l) => l.kind === 'value').map((l) => l.id) ?? [];
        for (const id of lines) expect(names.has(id), id).toBe(true);
        const rows = sections.find((s) => s.key === step.form.key)?.blocks.flatMap((b) => (b.kind === 'row' ? [b.name] : [])) ?? [];
        for (const name of rows) expect(names.has(name), name).toBe(true);
      }
      const externeSirets = summary.flatMap((s) => s.lines).filter((l) => /^(ces|mdt|pcr)-\d+-siret$/.test(l.id));
      expect(externeSirets.length > 0).toBe(flip);
    }
  });
});

describe('a field added to the model with one edit', () => {
  it('shows in the view, the summary, the PDF, the checks and the ids', () => {
    // The one edit: a required field appended to the employer's « coordonnées » group.
    const screens = SCREENS.map((s) =>
      s.form?.key !== 'employeur'
        ? s
        : { ...s, form: { ...s.form, groups: s.form.groups.map((g) => (g.id === 'coordonnees' ? { ...g, fields: [...g.fields, text('nouveauChamp', 'Nouveau champ')] } : g)) } },
    );
    const data = dossierComplet();
    (data.employeur as Record<string, string>).nouveauChamp = '  Valeur nouvelle ';
    const field = stepFields(dossierView(data, screens)[0]!).find((f) => f.field.key === 'nouveauChamp');
    expect(field).toMatchObject({
      name: 'employeur-nouveau-champ',
      anchor: 'champ-employeur-nouveau-champ',
      href: '/etapes/employeur/#f-employeur-nouveau-champ',
      display: '  Valeur nouvelle ',
      pass: 'Valeur nouvelle',
    });
    expect(inputId('employeur', 'nouveauChamp')).toBe('f-employeur-nouveau-champ');
    expect(summarize(data, S, screens)[0]?.lines.find((l) => l.id === 'employeur-nouveau-champ')?.label).toBe('Nouveau champ');
    expect(annexeSections(data, screens)[0]?.blocks).toContainEqual({ kind: 'row', name: 'employeur-nouveau-champ', label: 'Nouveau champ', value: 'Valeur nouvelle' });
    (data.employeur as Record<string, string>).nouveauChamp = '';
    expect(checkDossier(data, screens).filter((i) => i.level === 'error').map((i) => `${i.at.formKey}.${i.at.fieldKey}`)).toEqual(['employeur.nouveauChamp']);
    const issue = summarize(data, S, screens)[0]?.issues.find((i) => i.level === 'error');
    expect(issue?.href).toBe('/etapes/employeur/#f-employeur-nouveau-champ');
  });
});

describe('links that open a field', () => {
  it('point to the control of a record field, the entry of a list, the form otherwise', () => {
    expect(fieldHref({ path: '/etapes/employeur/', slug: 'employeur', formKey: 'employeur', list: false, fieldKey: 'siret' })).toBe('/etapes/employeur/#f-employeur-siret');
    expect(fieldHref({ path: '/etapes/employeur/', slug: 'employeur', formKey: 'employeur', list: false })).toBe('/etapes/employeur/#formulaire-employeur');
    expect(fieldHref({ path: '/etapes/pcr/', slug: 'pcr', formKey: 'pcr', list: true, fieldKey: 'nom', index: 1 })).toBe('/etapes/pcr/#pcr-entree-1-modifier');
    expect(fieldHref({ path: '/etapes/pcr/', slug: 'pcr', formKey: 'pcr', list: true })).toBe('/etapes/pcr/#entree-pcr');
  });
});
