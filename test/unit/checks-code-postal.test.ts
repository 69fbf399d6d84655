import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { checkCodePostal } from '../../src/lib/checks';

const err = (key: Parameters<typeof checkMessage>[0]) => [{ level: 'error', message: checkMessage(key) }];

describe('checkCodePostal in France', () => {
  it.each(['75002', '20000', '20200', '97133', '97150', '98000', '01000', ' 69003 '])('accepts %s', (cp) => {
    expect(checkCodePostal(cp)).toEqual([]);
    expect(checkCodePostal(cp, false)).toEqual([]);
  });

  it('explains that 2A and 2B are département codes, not postal codes', () => {
    expect(checkCodePostal('2A000')).toEqual(err('check.postalCode.corsica'));
    expect(checkCodePostal('2b200')).toEqual(err('check.postalCode.corsica'));
    expect(checkCodePostal('2A')).toEqual(err('check.postalCode.corsica'));
    expect(checkMessage('check.postalCode.corsica')).toContain('20000');
  });

  it('asks for 5 digits without spaces', () => {
    expect(checkCodePostal('75 002')).toEqual(err('check.postalCode.spaces'));
    expect(checkCodePostal('7500')).toEqual(err('check.postalCode.format'));
    expect(checkCodePostal('750021')).toEqual(err('check.postalCode.format'));
    expect(checkCodePostal('SW1A 1AA')).toEqual(err('check.postalCode.format'));
    expect(checkCodePostal('')).toEqual(err('check.postalCode.format'));
    expect(checkCodePostal('７５００２')).toEqual(err('check.postalCode.format')); // full-width digits
  });
});

describe('checkCodePostal abroad (« Etranger » ticked)', () => {
  it('accepts any non-empty code', () => {
    expect(checkCodePostal('SW1A 1AA', true)).toEqual([]);
    expect(checkCodePostal('1000', true)).toEqual([]);
    expect(checkCodePostal('2A', true)).toEqual([]);
  });

  it('refuses an empty code', () => {
    expect(checkCodePostal('  ', true)).toEqual(err('check.postalCode.foreignEmpty'));
  });

  it('only treats `true` as ticked', () => {
    expect(checkCodePostal('SW1A 1AA', 'true')).toEqual(err('check.postalCode.format'));
  });
});
