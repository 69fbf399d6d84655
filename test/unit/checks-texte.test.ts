import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import {
  capitalsPreview,
  checkHabilitation,
  checkTexte,
  checkVille,
  cleanText,
  needsHabilitationConfirmation,
  unsafeCharacters,
} from '../../src/lib/checks';

const textWarning = (chars: string) => ({ level: 'warning', message: checkMessage('check.text.characters', { chars }) });
const q = (c: string) => `«\u00a0${c}\u00a0»`;

describe('checkTexte', () => {
  it.each([
    'Cabinet Dupont et Fils',
    'Hélène Lætitia Œuvray-Ÿsé',
    'L’Haÿ-les-Roses',
    "D'Artagnan",
    '12, rue de la Paix (bât. B) 3-4',
    'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿ',
    '',
  ])('accepts %s', (t) => {
    expect(checkTexte(t)).toEqual([]);
  });

  it('warns, never errs, naming each offending character once', () => {
    expect(checkTexte('Dupont @ Martin # @')).toEqual([textWarning(`${q('@')}, ${q('#')}`)]);
    expect(checkTexte('Muñoz')).toEqual([textWarning(q('ñ'))]);
    expect(checkTexte('« Les Pins »')).toEqual([textWarning(`${q('«')}, ${q('»')}`)]);
  });

  it('warns on « & » and « / » (issue 16: the FAQ asks to remove them), naming the character', () => {
    expect(checkTexte('SELARL Cabinet Dentaire Lefèvre & Associés')).toEqual([textWarning(q('&'))]);
    expect(checkTexte('12/14 rue Victor-Hugo')).toEqual([textWarning(q('/'))]);
    const [issue] = checkTexte('A & B');
    expect(issue?.level).toBe('warning');
    expect(issue?.message).toContain('«\u00a0&\u00a0»');
  });

  it('describes invisible characters instead of showing them', () => {
    expect(unsafeCharacters('a\u00a0b\tc')).toEqual([checkMessage('check.text.space')]);
    expect(unsafeCharacters('e\u0301')).toEqual([checkMessage('check.text.accent')]);
    expect(unsafeCharacters('a\u200bb\u202ec\ud800')).toEqual([checkMessage('check.text.invisible')]);
  });

  it('names at most five characters, then « et d’autres »', () => {
    const [issue] = checkTexte('!@#$%^*');
    expect(issue?.message).toContain(`${q('%')} ${checkMessage('check.text.more')}.`);
    expect(issue?.message).not.toContain(q('^'));
  });
});

describe('cleanText', () => {
  it.each([
    ['  Jean   Dupont ', 'Jean Dupont'],
    ['Muñoz Øster Straße', 'Munoz Oster Strasse'],
    ['Dupont@Martin', 'Dupont Martin'],
    ['« Les Pins »', 'Les Pins'],
    ['l`école', "l'école"],
    ['l´école', "l'école"],
    ['Jean–Pierre — Paul', 'Jean-Pierre - Paul'],
    ['Jean\u200b-Pierre', 'Jean-Pierre'],
    ['Cabinet ﬁnance ＡＢ', 'Cabinet finance AB'],
    ['Ze\u0301phyr', 'Zéphyr'], // decomposed accent recomposed
    ['x\u0301', 'x'],
    ['Dupont ; Martin', 'Dupont , Martin'],
    ['Lefèvre & Associés', 'Lefèvre et Associés'],
    ['A&B', 'A et B'],
    ['12/14 rue Victor-Hugo', '12-14 rue Victor-Hugo'],
    ['Résidence #3 "Les Pins"', 'Résidence 3 Les Pins'],
    ['Иван Smith', 'Smith'],
    ['😀 Café ☕', 'Café'],
    ['a\ud800b', 'ab'],
    ['L’Haÿ-les-Roses', 'L’Haÿ-les-Roses'],
    ['N° 12\tbis\nA', 'N 12 bis A'],
    ['', ''],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
    expect(checkTexte(cleanText(input))).toEqual([]);
  });
});

describe('capitalsPreview', () => {
  it.each([
    ['Hélène-Æsa', 'HELENE-AESA'],
    ['Lætitia Œuvray', 'LAETITIA OEUVRAY'],
    ['L’Haÿ-les-Roses', "L'HAY-LES-ROSES"],
    ['Muñoz', 'MUNOZ'],
    ['straße', 'STRASSE'],
    ['  françois  ', 'FRANCOIS'],
  ])('%s → %s', (input, expected) => {
    expect(capitalsPreview(input)).toBe(expected);
  });
});

describe('checkVille', () => {
  it('accepts a city name', () => {
    expect(checkVille('Saint-Étienne')).toEqual([]);
    expect(checkVille('L’Haÿ-les-Roses')).toEqual([]);
  });

  it('warns on digits and on a CEDEX, which have their own fields', () => {
    expect(checkVille('75002 Paris')).toEqual([{ level: 'warning', message: checkMessage('check.city.digits') }]);
    expect(checkVille('Lyon Cedex 03')).toEqual([{ level: 'warning', message: checkMessage('check.city.cedex') }]);
  });

  it('adds the special-character warning', () => {
    expect(checkVille('Paris #2')).toEqual([textWarning(q('#')), { level: 'warning', message: checkMessage('check.city.digits') }]);
  });
});

describe('habilitation', () => {
  it('is never an error', () => {
    expect(checkHabilitation('H-123456')).toEqual([]);
    expect(checkHabilitation('n°123@').every((i) => i.level === 'warning')).toBe(true);
  });

  it('needs PASS’s confirmation when blank', () => {
    expect(needsHabilitationConfirmation({ habilitation: '' })).toBe(true);
    expect(needsHabilitationConfirmation({ habilitation: '   ' })).toBe(true);
    expect(needsHabilitationConfirmation({})).toBe(true);
    expect(needsHabilitationConfirmation(null)).toBe(true);
    expect(needsHabilitationConfirmation({ habilitation: 12 })).toBe(true);
    expect(needsHabilitationConfirmation({ habilitation: 'H123' })).toBe(false);
  });
});
