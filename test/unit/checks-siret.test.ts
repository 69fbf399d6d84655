import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { checkSiret, isSiretValid, normaliseSiret, sirenFromSiret } from '../../src/lib/checks';
import { runs } from '../fixtures/budget';

/**
 * Real SIRETs from public sources (annuaire-entreprises.data.gouv.fr). Each was verified by hand
 * (Luhn: double every second digit from the right, sum, multiple of 10), e.g. 732 829 320 00074:
 * digits from the right 4 7 0 0 0 0 2 3 9 2 8 2 3 7 → 4+5+0+0+0+0+2+6+9+4+8+4+3+5 = 50.
 */
const REAL = {
  dsfrExample: '73282932000074',
  laPosteHeadOffice: '35600000000048', // follows Luhn (digit sum 26 is not a multiple of 5)
  edf: '55208131766522',
  googleFrance: '44306184100047',
  laPosteEstablishment: '35600000049837', // Luhn fails (sum 53); digit sum 3+5+6+4+9+8+3+7 = 45
};

/**
 * One-digit changes of La Poste SIRETs that the La Poste rule accepts, worked out by hand: the
 * SIREN stays 356000000 (a change in the first 9 digits breaks the SIREN's Luhn), so the digit
 * sum must stay a multiple of 5.
 * - 35600000049837 (sum 45): a NIC digit moved by ±5 (4↔9, 9→4, 8→3, 3→8, 7→2).
 * - 35600000000048 (sum 26, head office): the variant is no longer the head office, so its sum
 *   26 + Δ must be a multiple of 5: Δ ∈ {+4, +9, −1, −6}.
 */
const LA_POSTE_COINCIDENCES: Record<string, string[]> = {
  '35600000049837': ['35600000099837', '35600000044837', '35600000049337', '35600000049887', '35600000049832'],
  '35600000000048': [
    '35600000040048', '35600000090048', '35600000004048', '35600000009048', '35600000000448',
    '35600000000948', '35600000000038', '35600000000088', '35600000000042', '35600000000047',
  ],
};

/** Every SIRET that differs from `s` by exactly one digit. */
function oneDigitChanges(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) for (const d of '0123456789') if (d !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
  return out;
}

describe('checkSiret', () => {
  it.each(Object.entries(REAL))('accepts the real SIRET %s (%s)', (_name, siret) => {
    expect(checkSiret(siret)).toEqual([]);
    expect(isSiretValid(siret)).toBe(true);
  });

  it('accepts spaces, no-break spaces and dots', () => {
    expect(checkSiret('732 829 320 00074')).toEqual([]);
    expect(checkSiret(' 732.829.320.00074 ')).toEqual([]);
    expect(checkSiret('732\u00a0829\u202f320\t00074')).toEqual([]);
  });

  it('rejects every one-digit change, except La Poste establishments the digit-sum rule accepts', () => {
    for (const siret of Object.values(REAL)) {
      const accepted = oneDigitChanges(siret).filter(isSiretValid).sort();
      expect(accepted, siret).toEqual([...(LA_POSTE_COINCIDENCES[siret] ?? [])].sort());
    }
  });

  it('gives the DSFR message for a wrong length', () => {
    expect(checkSiret('7328293200007')).toEqual([
      { level: 'error', message: 'Le numéro SIRET doit comporter 14\u00a0chiffres (vous en avez saisi 13), par exemple 732\u00a0829\u00a0320\u00a000074.' },
    ]);
  });

  it('names the mistake', () => {
    expect(checkSiret('732829320')).toEqual([{ level: 'error', message: checkMessage('check.siret.isSiren') }]);
    expect(checkSiret('7328293200007A')).toEqual([{ level: 'error', message: checkMessage('check.siret.characters') }]);
    expect(checkSiret('732-829-320-00074')).toEqual([{ level: 'error', message: checkMessage('check.siret.characters') }]);
    expect(checkSiret('73282932000075')).toEqual([{ level: 'error', message: checkMessage('check.siret.key') }]);
    // SIREN 732829321 fails Luhn, yet the 14 digits 73282932100064 pass it: only the SIREN rule catches it
    expect(checkSiret('73282932100064')).toEqual([{ level: 'error', message: checkMessage('check.siret.sirenKey') }]);
    expect(checkSiret('00000000000000')).toEqual([{ level: 'error', message: checkMessage('check.siret.sirenKey') }]);
  });

  it('applies La Poste’s rule to its establishments and Luhn to its head office', () => {
    expect(isSiretValid('35600000049838')).toBe(false); // digit sum 46, Luhn fails too
    expect(isSiretValid('35600000000014')).toBe(false); // passes Luhn, but digit sum 19
    expect(isSiretValid('35600000000006')).toBe(true); // passes both: digit sum 20
    expect(isSiretValid('35600000000150')).toBe(true); // fails Luhn, digit sum 3+5+6+1+5 = 20
  });
});

describe('normaliseSiret and sirenFromSiret', () => {
  it('removes spaces and dots only', () => {
    expect(normaliseSiret(' 732 829.320\u00a000074 ')).toBe('73282932000074');
    expect(normaliseSiret('732-829')).toBe('732-829');
  });

  it('derives the SIREN from 14 digits only', () => {
    expect(sirenFromSiret('732 829 320 00074')).toBe('732829320');
    expect(sirenFromSiret('73282932000075')).toBe('732829320');
    expect(sirenFromSiret('732829320')).toBeUndefined();
    expect(sirenFromSiret('7328293200007x')).toBeUndefined();
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => normaliseSiret(normaliseSiret(s)) === normaliseSiret(s)),
      { numRuns: runs(10_000, 500) },
    );
  });
});

/** Appends the Luhn key digit to a string of digits (computed from scratch, not by the code under test). */
function withLuhnKey(body: string): string {
  for (const k of '0123456789') {
    const s = body + k;
    let sum = 0;
    [...s].reverse().forEach((c, i) => {
      const d = Number(c) * (i % 2 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    });
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

describe('generated SIRETs (property)', () => {
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

  it('accepts every SIRET with a Luhn-valid SIREN and Luhn-valid 14 digits (La Poste and 000000000 aside)', () => {
    fc.assert(
      fc.property(digits(8), digits(4), fc.constantFrom('', ' ', '.'), (sirenBody, nicBody, sep) => {
        const siren = withLuhnKey(sirenBody);
        fc.pre(siren !== '356000000' && siren !== '000000000');
        const siret = withLuhnKey(siren + nicBody);
        const typed = [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9), siret.slice(9)].join(sep);
        expect(checkSiret(typed)).toEqual([]);
      }),
      { numRuns: runs(10_000, 500) },
    );
  });
});
