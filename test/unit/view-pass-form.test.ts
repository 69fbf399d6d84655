import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_FIELDS, type FieldDef } from '../../src/model';
import { passForm, passFormForCopy } from '../../src/lib/view/pass-form';

/** The model's field `key` of form `form` (fails the test if the model lost it). */
function field(form: string, key: string): FieldDef {
  const found = ALL_FIELDS.find((f) => f.form.key === form && f.field.key === key);
  if (!found) throw new Error(`no field ${form}.${key} in the model`);
  return found.field;
}

describe('passForm: what to enter in PASS', () => {
  it('gives a SIRET as 14 digits, whatever spaces or dots were typed', () => {
    const siret = field('employeur', 'siret');
    expect(passForm(siret, '812 345 676 00017')).toBe('81234567600017');
    expect(passForm(siret, ' 732.829.320.00074 ')).toBe('73282932000074');
    expect(passForm(siret, '732\u00a0829\u202f320 00074')).toBe('73282932000074');
    expect(passForm(siret, '73282932000074')).toBe('73282932000074');
  });

  it('gives a French postal code as 5 digits, a foreign one trimmed as typed', () => {
    const cp = field('employeur', 'codePostal');
    expect(passForm(cp, ' 75 002 ', { etranger: false })).toBe('75002');
    expect(passForm(cp, '20000')).toBe('20000');
    expect(passForm(cp, ' B-1000 Bruxelles ', { etranger: true })).toBe('B-1000 Bruxelles');
    expect(passForm(cp, ' SW1A 1AA ', { etranger: true })).toBe('SW1A 1AA');
    // Not 5 digits in France: left as typed (trimmed) so the checker's message still applies.
    expect(passForm(cp, ' 2A 004 ', { etranger: false })).toBe('2A 004');
  });

  it('gives telephone numbers as digits, keeping a leading « + »', () => {
    expect(passForm(field('employeur', 'telephone'), '01 23 45 67 89')).toBe('0123456789');
    expect(passForm(field('employeur', 'telecopie'), '01.23.45.67.90')).toBe('0123456790');
    expect(passForm(field('representant', 'telephonePortable'), '+33 6 12-34-56-78')).toBe('+33612345678');
    expect(passForm(field('representant', 'telephonePortable'), ' +32 470 12 34 56 ', { portableEtranger: true })).toBe(
      '+32470123456',
    );
  });

  it('gives an e-mail address trimmed and in lower case', () => {
    expect(passForm(field('representant', 'courriel'), '  Claire.Dupont@Exemple.FR ')).toBe('claire.dupont@exemple.fr');
    expect(passForm(field('representant', 'confirmationCourriel'), 'A@B.FR')).toBe('a@b.fr');
  });

  it('trims other text and keeps its case and inner spaces', () => {
    expect(passForm(field('employeur', 'raisonSociale'), '  Cabinet  Dentaire Martin ')).toBe('Cabinet  Dentaire Martin');
    expect(passForm(field('employeur', 'ville'), 'Saint-Étienne ')).toBe('Saint-Étienne');
  });

  it('gives the label PASS shows for radios and selects, and a ticked box its label', () => {
    expect(passForm(field('employeur', 'protocole'), 'entreprise')).toBe('Pour une entreprise');
    expect(passForm(field('travailleurs', 'exposes'), 'non')).toBe('Non');
    expect(passForm(field('representant', 'civilite'), 'Mme.')).toBe('Mme.');
    const piece = field('pieces', 'pieceIdentite');
    expect(passForm(piece, true)).toBe("Copie de la carte nationale d'identité du représentant légal de l'employeur");
    expect(passForm(piece, false)).toBe('');
    expect(passForm(field('employeur', 'protocole'), 'inconnu')).toBe('inconnu');
  });

  it('gives the activity label for the grouped « activité » select', () => {
    const activite = field('travailleurs', 'activite');
    const first = activite.optionGroups?.[0]?.options[0];
    expect(first).toBeDefined();
    if (first) expect(passForm(activite, first.value)).toBe(first.label);
  });
});

describe('passForm properties', () => {
  const anyField = fc.constantFrom(...ALL_FIELDS.map((f) => f.field));
  const anyValue = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(' ', '\u00a0', '.', '-', '+', '0', '7', 'A', 'é', '@'), maxLength: 20 }),
    fc.boolean(),
  );
  const anyRecord = fc.dictionary(fc.constantFrom('etranger', 'portableEtranger', 'pays', 'x'), fc.oneof(fc.boolean(), fc.string({ maxLength: 5 })));

  it('never throws and always gives a string', () => {
    fc.assert(
      fc.property(anyField, anyValue, fc.option(anyRecord, { nil: undefined }), (f, v, r) => {
        expect(typeof passForm(f, v, r)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: the PASS form of a PASS form is itself', () => {
    fc.assert(
      fc.property(anyField, anyValue, fc.option(anyRecord, { nil: undefined }), (f, v, r) => {
        const once = passForm(f, v, r);
        expect(passForm(f, once, r)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on every option of every radio and select', () => {
    for (const { field: f } of ALL_FIELDS) {
      const options = [...(f.options ?? []), ...(f.optionGroups ?? []).flatMap((g) => g.options)];
      for (const o of options) {
        const once = passForm(f, o.value);
        expect(once).toBe(o.label);
        expect(passForm(f, once)).toBe(once);
      }
    }
  });
});

describe('passFormForCopy: what « Copier » gives from a form field', () => {
  it('gives the SIRET typed with spaces as 14 digits', () => {
    expect(passFormForCopy('{"kind":"text","check":"siret"}', '812 345 676 00017', false)).toBe('81234567600017');
  });
  it('reads the sibling « Etranger » box for the postal code', () => {
    expect(passFormForCopy('{"kind":"text","check":"codePostal"}', ' 75 002', false)).toBe('75002');
    expect(passFormForCopy('{"kind":"text","check":"codePostal"}', ' 75 002', true)).toBe('75 002');
  });
  it('gives phones as digits and e-mails in lower case', () => {
    expect(passFormForCopy('{"kind":"tel","check":"telephone"}', '01 23 45 67 89', false)).toBe('0123456789');
    expect(passFormForCopy('{"kind":"email","check":"email"}', ' A@B.FR ', false)).toBe('a@b.fr');
  });
  it('gives the value as typed when the spec is missing or broken', () => {
    expect(passFormForCopy(undefined, ' 812 345 ', false)).toBe(' 812 345 ');
    expect(passFormForCopy('{not json', 'x', false)).toBe('x');
    expect(passFormForCopy('{"kind":42}', 'x', false)).toBe('x');
  });
});
