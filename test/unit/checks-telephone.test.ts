import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { checkMobile, checkTelephone, normalisePhone } from '../../src/lib/checks';
import { runs } from '../fixtures/budget';

const err = (key: Parameters<typeof checkMessage>[0]) => [{ level: 'error', message: checkMessage(key) }];

describe('checkMobile (France)', () => {
  it.each([
    '0612345678',
    '06 12 34 56 78',
    '07.12.34.56.78',
    '06-12-34-56-78',
    '+33 6 12 34 56 78',
    '+33712345678',
    '0033 6 12 34 56 78',
    '06\u00a012\u202f34 56 78',
    '0690 12 34 56', // Guadeloupe mobile, national form
    '06–12–34–56–78', // en dashes
  ])('accepts %s', (n) => {
    expect(checkMobile(n)).toEqual([]);
    expect(checkMobile(n, false)).toEqual([]);
  });

  it('says a landline is not a mobile', () => {
    expect(checkMobile('01 23 45 67 89')).toEqual(err('check.mobile.landline'));
    expect(checkMobile('+33 1 23 45 67 89')).toEqual(err('check.mobile.landline'));
    expect(checkMobile('09 12 34 56 78')).toEqual(err('check.mobile.landline'));
  });

  it.each(['06 12 34 56 7', '06 12 34 56 789', '6 12 34 56 78', '+33 06 12 34 56 78', '(06) 12 34 56 78', '+32 470 12 34 56', '06 12 34 56 7a', '+33 0 6 12 34 56 78'])(
    'rejects %s',
    (n) => {
      expect(checkMobile(n)).toEqual(err('check.mobile.format'));
    },
  );
});

describe('checkMobile (« Etranger » ticked)', () => {
  it.each(['+32 470 12 34 56', '+41791234567', '+33 6 12 34 56 78', '+1 202 555 0143', '+352 12345678'])('accepts %s', (n) => {
    expect(checkMobile(n, true)).toEqual([]);
  });

  it.each(['0470 12 34 56', '0032 470 12 34 56', '+32 470', '+1234567890123456', '+32 470 12 34 5x'])('rejects %s', (n) => {
    expect(checkMobile(n, true)).toEqual(err('check.mobile.foreign'));
  });
});

describe('checkTelephone', () => {
  it.each(['01 23 45 67 89', '0123456789', '09.12.34.56.78', '+33 1 23 45 67 89', '0033 1 23 45 67 89', '06 12 34 56 78', '+32 2 123 45 67', '+1 202 555 0143'])(
    'accepts %s',
    (n) => {
      expect(checkTelephone(n)).toEqual([]);
    },
  );

  it.each(['12 34 56 78 90', '01 23 45 67', '00 23 45 67 89', '+33 0 1 23 45 67 89', '+33 1 23 45 67', '+32 12', 'standard', '0032 2 123 45 67'])(
    'rejects %s',
    (n) => {
      expect(checkTelephone(n)).toEqual(err('check.telephone.format'));
    },
  );
});

describe('normalisePhone', () => {
  it('removes spaces, dots and dashes only', () => {
    expect(normalisePhone(' +33 (0)6.12-34\u00a056\u201178 ')).toBe('+33(0)612345678');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => normalisePhone(normalisePhone(s)) === normalisePhone(s)),
      { numRuns: runs(10_000, 500) },
    );
  });
});
