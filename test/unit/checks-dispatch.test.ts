import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { ALL_FIELDS, SCREENS, formFields } from '../../src/model';
import type { FieldDef, ListForm, RecordForm } from '../../src/model';
import { emptyDossier, emptyRecord, fieldApplies } from '../../src/lib/dossier';
import { CHECKS, checkById, checkField, checkList, checkRecord } from '../../src/lib/checks';
import { conditionHolds } from '../../src/lib/view/applies';
import { checkDossier } from '../../src/lib/checks/dossier';
import { formOf, person, validDossier } from './checks-fixtures';

const field = (formKey: string, key: string): FieldDef => {
  const f = formFields(formOf(formKey)).find((x) => x.key === key);
  if (!f) throw new Error(`${formKey}.${key}`);
  return f;
};
const ces = formOf('ces') as ListForm;

describe('the registry', () => {
  it('has a rule for every check the model names', () => {
    for (const { field: f } of ALL_FIELDS) if (f.check) expect(checkById(f.check), f.key).toBe(CHECKS[f.check]);
    expect(checkById('inconnu')).toBeUndefined();
    expect(checkById('constructor')).toBeUndefined();
    expect(checkById(undefined)).toBeUndefined();
  });
});

describe('conditionHolds', () => {
  it('agrees with fieldApplies on every conditional field of the model', () => {
    const conditional = ALL_FIELDS.filter(({ field: f }) => f.when);
    expect(conditional.length).toBeGreaterThan(0);
    for (const { field: f, form } of conditional) {
      for (const v of [f.when!.equals, !f.when!.equals, 'autre', undefined]) {
        const record = { ...emptyRecord(form), [f.when!.key]: v as string };
        expect(conditionHolds(f.when, record), f.key).toBe(fieldApplies(f, record));
      }
    }
  });
});

describe('checkField', () => {
  it('reports a blank required field with one instruction, never repeating the hint', () => {
    const siret = field('employeur', 'siret');
    expect(checkField(siret, { siret: '  ' })).toEqual([{ level: 'error', message: 'Saisissez le numéro SIRET de 14\u00a0chiffres.' }]);
    // Without an instruction in the model, the field is named; a list says « dans la liste ».
    const numero = field('suivi', 'numeroProtocole');
    expect(checkField({ ...numero, required: true }, {})).toEqual([{ level: 'error', message: 'Saisissez «\u00a0Numéro du protocole\u00a0».' }]);
    const activite = field('travailleurs', 'activite');
    expect(checkField(activite, {})).toEqual([{ level: 'error', message: 'Choisissez «\u00a0Activité principale\u00a0» dans la liste.' }]);
    for (const f of [siret, numero, activite]) for (const i of checkField({ ...f, required: true }, {})) expect(i.message).not.toContain(f.hint ?? '\u0000');
  });

  it('treats missing keys and wrong types as blank', () => {
    const siret = field('employeur', 'siret');
    const blank = checkField(siret, {});
    expect(blank).toHaveLength(1);
    for (const record of [{ siret: 73282932000074 }, { siret: null }, { siret: true }, null, undefined, 'x', [], 42]) {
      expect(checkField(siret, record)).toEqual(blank);
    }
  });

  it('leaves a blank optional field alone', () => {
    expect(checkField(field('employeur', 'telephone'), { telephone: '' })).toEqual([]);
    expect(checkField(field('employeur', 'telephone'), { telephone: '01' })).toEqual([
      { level: 'error', message: checkMessage('check.telephone.format') },
    ]);
  });

  it('requires a required check box to be ticked', () => {
    const box = field('pieces', 'pieceIdentite');
    expect(checkField(box, { pieceIdentite: true })).toEqual([]);
    for (const v of [false, 'true', 1, undefined]) {
      expect(checkField(box, { pieceIdentite: v })).toEqual([
        { level: 'error', message: checkMessage('check.required.checkbox') },
      ]);
    }
    expect(checkField(field('employeur', 'etranger'), { etranger: false })).toEqual([]);
  });

  it('names the options of a short radio group', () => {
    const civilite = field('representant', 'civilite');
    const expected = 'Choisissez une réponse\u00a0: «\u00a0M.\u00a0» ou «\u00a0Mme.\u00a0».';
    expect(checkField(civilite, { civilite: '' })).toEqual([{ level: 'error', message: expected }]);
    expect(checkField(civilite, { civilite: 'Mlle' })).toEqual([
      { level: 'error', message: 'Cette réponse ne fait pas partie des choix de PASS\u00a0: choisissez «\u00a0M.\u00a0» ou «\u00a0Mme.\u00a0».' },
    ]);
    expect(checkField(civilite, { civilite: 'Mme.' })).toEqual([]);
  });

  it('checks select values against the option groups', () => {
    const activite = field('travailleurs', 'activite');
    expect(checkField(activite, { activite: '102000' })).toEqual([]);
    expect(checkField(activite, { activite: '999999' })).toEqual([
      { level: 'error', message: checkMessage('check.option.unknownInList') },
    ]);
  });

  it('passes the dependsOn sibling to the rule', () => {
    const cp = field('employeur', 'codePostal');
    expect(checkField(cp, { codePostal: 'SW1A 1AA', etranger: true })).toEqual([]);
    expect(checkField(cp, { codePostal: 'SW1A 1AA', etranger: false })).toHaveLength(1);
    const mobile = field('representant', 'telephonePortable');
    expect(checkField(mobile, { telephonePortable: '+32 470 12 34 56', portableEtranger: true })).toEqual([]);
    const confirmation = field('representant', 'confirmationCourriel');
    expect(checkField(confirmation, { courriel: 'a@b.fr', confirmationCourriel: 'A@B.FR' })).toEqual([]);
    expect(checkField(confirmation, { courriel: 'a@b.fr', confirmationCourriel: 'a@c.fr' })).toHaveLength(1);
  });

  it('skips a field whose condition fails', () => {
    const siret = field('ces', 'siret');
    expect(checkField(siret, { externe: false, siret: '' })).toEqual([]);
    expect(checkField(siret, { siret: '' })).toEqual([]);
    expect(checkField(siret, { externe: true, siret: '' })).toHaveLength(1);
    const inb = field('travailleurs', 'inb');
    expect(checkField(inb, { exposes: 'non', inb: '' })).toEqual([]);
    expect(checkField(inb, { exposes: 'oui', inb: '' })).toHaveLength(1);
  });

  it('does not throw on hostile records', () => {
    const hostile = [
      new Proxy({}, { get: () => { throw new Error('get'); }, getOwnPropertyDescriptor: () => { throw new Error('gopd'); } }),
      Object.defineProperty({}, 'siret', { get: () => { throw new Error('getter'); }, enumerable: true }),
      Object.create({ siret: '73282932000074' }),
      Object.create(null),
    ];
    for (const record of hostile) expect(checkField(field('employeur', 'siret'), record)).toHaveLength(1);
  });
});

describe('checkRecord', () => {
  it('locates each issue', () => {
    const form = formOf('employeur');
    const issues = checkRecord(form, { ...emptyRecord(form), siret: '123', codePostal: '2A000', ville: 'Ajaccio' });
    expect(issues.filter((i) => ['siret', 'codePostal'].includes(i.at.fieldKey!))).toEqual([
      { level: 'error', message: checkMessage('check.siret.length', { count: 3 }), at: { formKey: 'employeur', fieldKey: 'siret' } },
      { level: 'error', message: checkMessage('check.postalCode.corsica'), at: { formKey: 'employeur', fieldKey: 'codePostal' } },
    ]);
  });

  it('honours a group’s condition', () => {
    const form: RecordForm = {
      kind: 'record',
      key: 'essai',
      groups: [{ id: 'g', legend: 'G', when: { key: 'ouvert', equals: true }, fields: [field('employeur', 'siret')] }],
    };
    expect(checkRecord(form, { siret: '' })).toEqual([]);
    expect(checkRecord(form, { ouvert: true, siret: '' })).toHaveLength(1);
  });
});

describe('checkList', () => {
  it('asks for at least one entry', () => {
    const expected = [{ level: 'error', message: checkMessage('check.list.min', { entry: 'un correspondant', min: 1 }), at: { formKey: 'ces' } }];
    expect(checkList(ces, [])).toEqual(expected);
    expect(checkList(ces, undefined)).toEqual(expected);
    expect(checkList(ces, { 0: person('ces', 'A', 'B', 'a@b.fr'), length: 1 })).toEqual(expected);
    expect(expected[0]?.message).toBe('Ajoutez au moins un correspondant avec le bouton «\u00a0Ajouter\u00a0»\u00a0: PASS en demande au moins 1.');
    expect(checkList(formOf('pcr') as ListForm, [])[0]?.message).toContain('au moins une personne compétente');
    expect(checkList(formOf('mdt') as ListForm, [])).toEqual([]);
  });

  it('flags a repeated e-mail on the later entry only, ignoring case', () => {
    const entries = [
      person('ces', 'Paul', 'Martin', 'paul.martin@exemple.fr'),
      person('ces', 'Anne', 'Roy', 'anne.roy@exemple.fr'),
      person('ces', 'Paul', 'Martin', ' Paul.Martin@Exemple.fr'),
    ];
    expect(checkList(ces, entries)).toEqual([
      { level: 'error', message: checkMessage('check.list.duplicateEmail', { rank: 1 }), at: { formKey: 'ces', index: 2, fieldKey: 'courriel' } },
    ]);
  });

  it('checks every entry, whatever it holds', () => {
    const issues = checkList(ces, [null, 'x', person('ces', 'A', 'B', 'a@b.fr')]);
    expect(new Set(issues.map((i) => i.at.index))).toEqual(new Set([0, 1]));
    expect(issues.every((i) => i.level === 'error')).toBe(true);
  });
});

describe('checkDossier', () => {
  it('finds nothing in a valid dossier', () => {
    expect(checkDossier(validDossier())).toEqual([]);
  });

  it('lists exactly the required values of an empty dossier, in PASS order', () => {
    const at = checkDossier(emptyDossier()).map((i) => `${i.at.formKey}${i.at.fieldKey ? `.${i.at.fieldKey}` : ''}`);
    expect(at).toEqual([
      'employeur.protocole', 'employeur.raisonSociale', 'employeur.siret', 'employeur.adresse', 'employeur.codePostal', 'employeur.ville',
      'representant.civilite', 'representant.nom', 'representant.prenom', 'representant.courriel', 'representant.confirmationCourriel', 'representant.telephonePortable',
      'etablissement.siret', 'etablissement.adresse', 'etablissement.codePostal', 'etablissement.ville',
      'pieces.justificatif', 'pieces.justificatifPret', 'pieces.pieceIdentite',
      'ces',
      'pcr',
      'travailleurs.exposes', 'travailleurs.domaine', 'travailleurs.activite',
    ]);
    // without data, « Pays » is blank too (the default « France » comes from emptyDossier or the schema)
    const missing = checkDossier(undefined).map((i) => `${i.at.formKey}${i.at.fieldKey ? `.${i.at.fieldKey}` : ''}`);
    expect(missing.filter((x) => !at.includes(x))).toEqual(['employeur.pays', 'etablissement.pays']);
    expect(checkDossier('x')).toEqual(checkDossier(undefined));
  });

  it('checks the externe address of a list entry only when ticked', () => {
    const d = validDossier();
    d.ces = [{ ...person('ces', 'Paul', 'Martin', 'paul.martin@exemple.fr'), externe: true }];
    const at = checkDossier(d).map((i) => `${i.at.formKey}[${i.at.index}].${i.at.fieldKey}`);
    expect(at).toEqual(['ces[0].siret', 'ces[0].adresse', 'ces[0].codePostal', 'ces[0].ville']);
  });

  it('only warns on the after-creation screen', () => {
    const d = { ...validDossier(), suivi: { numeroProtocole: 'P#1' } };
    expect(checkDossier(d).map((i) => [i.level, i.at.formKey, i.at.fieldKey])).toEqual([['warning', 'suivi', 'numeroProtocole']]);
    expect(SCREENS.find((s) => s.form?.key === 'suivi')?.afterCreation).toBe(true);
  });
});
