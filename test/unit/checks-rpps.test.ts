import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { checkRpps } from '../../src/lib/checks';

describe('checkRpps (warning only)', () => {
  it.each(['10001234567', '10 0012 34567', '751234567', '2A1234567', '2b1234567'])('accepts %s', (n) => {
    expect(checkRpps(n)).toEqual([]);
  });

  it.each(['1000123456', '100012345678', '20001234567', '75123456', 'RPPS 10001234567', '7512-34567'])('warns on %s, never an error', (n) => {
    expect(checkRpps(n)).toEqual([{ level: 'warning', message: checkMessage('check.rpps.format') }]);
  });
});
