/**
 * Issue 17.5: one set of limits (`model/limits.ts`) at input, export and import. Any dossier the
 * form can produce — text up to `maxlength` (any characters), lists up to the maximum, as many
 * dossiers as a browser keeps — is exported and imported back identical; past the limits, the
 * input says so in French.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_SCREENS, formFields, MAX_DOSSIERS, MAX_FIELD_LENGTH, MAX_LIST_ENTRIES, type FieldDef } from '../../src/model';
import type { DossierData, DossierRecord } from '../../src/lib/dossier';
import { exportPayload, type ExportedDossier } from '../../src/lib/store/export';
import { parseImportFile } from '../../src/lib/store/import';
import { checkList, checkRecord } from '../../src/lib/checks';
import { addEntry } from '../../src/lib/island/list-ops';
import { runs } from '../fixtures/budget';
import { CHECKLIST_FORM } from '../../src/model/checklist';

/** Every form a dossier holds: the PASS screens' and the « Avant de commencer » checklist. */
const FORMS = [...FORM_SCREENS.map((s) => s.form!), CHECKLIST_FORM];

const now = new Date('2026-05-12T12:30:00.000Z');

/** What an `<input maxlength>` can hold: any UTF-16 text up to the limit (a paste is cut there). */
const typed = (max = MAX_FIELD_LENGTH) =>
  fc.oneof(fc.string({ unit: 'grapheme', maxLength: max }), fc.string({ unit: 'binary', maxLength: max }), fc.string({ unit: fc.constantFrom('é', '’', '«', '\u00a0', '😀', ' '), maxLength: max })).map((s) => s.slice(0, MAX_FIELD_LENGTH));

function valueArb(f: FieldDef, max?: number): fc.Arbitrary<string | boolean> {
  if (f.kind === 'checkbox') return fc.boolean();
  const options = f.options?.map((o) => o.value) ?? f.optionGroups?.flatMap((g) => g.options.map((o) => o.value));
  return options ? fc.constantFrom('', ...options) : typed(max);
}

/** A dossier the UI can produce; `max`: longest text generated, `listMax`: longest list. */
function dossierArb(max: number, listMax: number): fc.Arbitrary<DossierData> {
  return fc.record(
    Object.fromEntries(
      FORMS.map((form) => {
        const rec = fc.record(Object.fromEntries(formFields(form).map((f) => [f.key, valueArb(f, max)]))) as fc.Arbitrary<DossierRecord>;
        return [form.key, form.kind === 'list' ? fc.array(rec, { maxLength: listMax }) : rec];
      }),
    ),
  ) as fc.Arbitrary<DossierData>;
}

const entry = (data: DossierData, name = 'Dossier'): ExportedDossier => ({ name, named: true, createdAt: now.toISOString(), updatedAt: now.toISOString(), data });

/** Exports then imports; the imported data. */
function roundTrip(dossiers: ExportedDossier[]): DossierData[] {
  const text = exportPayload(dossiers, now);
  const r = parseImportFile(text, new TextEncoder().encode(text).length);
  if (!r.ok) throw new Error(r.error);
  return r.dossiers.map((d) => d.data);
}

describe('export then import gives back what the form produced', () => {
  it(`random dossiers within the limits (${runs(200, 30)} runs)`, () => {
    fc.assert(
      fc.property(dossierArb(60, 4), (data) => {
        expect(roundTrip([entry(data)])).toEqual([data]);
      }),
      { numRuns: runs(200, 30) },
    );
  });

  it('a dossier at every limit: every text at the maximum length, every list full', () => {
    const long = (seed: string) => seed.repeat(Math.ceil(MAX_FIELD_LENGTH / seed.length)).slice(0, MAX_FIELD_LENGTH);
    const rec = (fields: FieldDef[], i: number) =>
      Object.fromEntries(fields.map((f) => [f.key, f.kind === 'checkbox' ? true : (f.options?.[0]?.value ?? f.optionGroups?.[0]?.options[0]?.value ?? long(`é’${i}😀 `))]));
    const data = Object.fromEntries(
      FORMS.map((form) => {
        const fields = formFields(form);
        return [form.key, form.kind === 'list' ? Array.from({ length: MAX_LIST_ENTRIES }, (_, i) => rec(fields, i)) : rec(fields, 0)];
      }),
    ) as DossierData;
    expect(roundTrip([entry(data)])).toEqual([data]);
  });

  it('as many dossiers as a browser keeps', () => {
    const dossiers = Array.from({ length: MAX_DOSSIERS }, (_, i) => entry({ employeur: { raisonSociale: `Cabinet ${i}` } } as DossierData, `Dossier ${i}`));
    expect(roundTrip(dossiers)).toHaveLength(MAX_DOSSIERS);
  });
});

describe('the limits at input, in French', () => {
  const employeur = FORM_SCREENS.find((s) => s.form?.key === 'employeur')!.form!;
  const pcr = FORM_SCREENS.find((s) => s.form?.kind === 'list')!.form!;

  it('a text at the limit is flagged (a longer paste was cut), a longer one refused', () => {
    const at = checkRecord(employeur, { raisonSociale: 'a'.repeat(MAX_FIELD_LENGTH) }).filter((i) => i.at.fieldKey === 'raisonSociale');
    expect(at.map((i) => i.message).join(' ')).toContain('limite de 2\u202f000 caractères');
    const over = checkRecord(employeur, { raisonSociale: 'a'.repeat(MAX_FIELD_LENGTH + 1) }).filter((i) => i.at.fieldKey === 'raisonSociale');
    expect(over).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('au plus 2\u202f000') }));
  });

  it('a full list says so, and « Ajouter » takes no more', () => {
    const full = Array.from({ length: MAX_LIST_ENTRIES }, () => ({}));
    expect(checkList(pcr as never, full).map((i) => i.message).join(' ')).toContain(`maximum de ${MAX_LIST_ENTRIES} éléments`);
    expect(addEntry(full, {})).toHaveLength(MAX_LIST_ENTRIES);
    expect(checkList(pcr as never, [...full, {}]).some((i) => i.level === 'error' && i.message.includes('au plus'))).toBe(true);
  });
});
