import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capitalize, nounGender, personGender, plural } from '../../src/lib/island/wording';
import { inputModeOf } from '../../src/lib/island/input-mode';
import { frIsland, frSummary } from '../../src/i18n/fr';
import { fill } from '../../src/i18n/fill';
import { ALL_FIELDS } from '../../src/model';

describe('agreement in the island’s messages', () => {
  it('French plurals: 0 and 1 singular, 2 and more plural', () => {
    expect(fill(plural(1, frIsland.summaryTitle), { n: 1 })).toBe('Il reste 1 point à corriger avant de valider l’étape :');
    expect(fill(plural(0, frSummary.notReady), { n: 0 })).toContain('0 étape à terminer');
    expect(fill(plural(3, frIsland.summaryTitle), { n: 3 })).toBe('Il reste 3 points à corriger avant de valider l’étape :');
    fc.assert(fc.property(fc.integer({ min: 2, max: 10_000 }), (n) => plural(n, { one: 'one', other: 'other' }) === 'other'), { numRuns: 50 });
  });
  it('gender from the list noun’s article and from « Civilité »', () => {
    expect(nounGender('une personne compétente')).toBe('f');
    expect(nounGender('un médecin du travail')).toBe('m');
    expect(personGender('Mme.')).toBe('f');
    expect(personGender('M.')).toBe('m');
    expect(personGender('')).toBeUndefined();
    expect(fill(frIsland.entryAdded.f, { noun: capitalize('personne compétente'), name: 'Amélie Garçon' })).toBe('Personne compétente ajoutée à la liste : Amélie Garçon.');
    expect(fill(frIsland.removed.f, { name: 'Amélie Garçon' })).toBe('Amélie Garçon retirée de la liste.');
  });
  it('no « (s) » or « (e) » in the island’s and the summary’s strings', () => {
    const all = JSON.stringify([frIsland, frSummary]);
    expect(all).not.toMatch(/\((s|e|es|x)\)/);
  });
});

describe('phone keyboards follow the current rule', () => {
  const byId = (id: string) => ALL_FIELDS.find((f) => f.id === id)!.field;
  it('postal code: numeric in France, text abroad', () => {
    const cp = byId('employeur-code-postal');
    expect(inputModeOf(cp, { etranger: false })).toBe('numeric');
    expect(inputModeOf(cp, { etranger: true })).toBe('text');
  });
  it('RPPS/Adeli take letters (« 2A… » in Corsica); Télécopie is a fax number', () => {
    expect(inputModeOf(byId('mdt-rpps'), {})).toBe('text');
    expect(byId('employeur-telecopie').autocomplete).toMatch(/ fax tel$/);
  });
});
