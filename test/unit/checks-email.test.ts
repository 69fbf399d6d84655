import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/i18n/checks.fr';
import { checkEmail, checkEmailConfirmation, isEmailValid } from '../../src/lib/checks';

const err = (key: Parameters<typeof checkMessage>[0]) => [{ level: 'error', message: checkMessage(key) }];

describe('checkEmail', () => {
  it.each([
    'claire.dupont@exemple.fr',
    'c@ex.fr',
    'claire+pass@sous.domaine.exemple.com',
    "o'neil@exemple.ie",
    'jean-pierre_2@exemple-sante.fr',
    ' claire.dupont@exemple.fr ',
    'contact@xn--lyse-bpa.fr',
  ])('accepts %s', (e) => {
    expect(checkEmail(e)).toEqual([]);
  });

  it.each([
    ['claire.dupont@exemple', 'check.email.format'],
    ['claire.dupont@@exemple.fr', 'check.email.format'],
    ['claire..dupont@exemple.fr', 'check.email.format'],
    ['.claire@exemple.fr', 'check.email.format'],
    ['claire@-exemple.fr', 'check.email.format'],
    ['claire@exemple.f', 'check.email.format'],
    ['claire@exemple..fr', 'check.email.format'],
    ['hélène@exemple.fr', 'check.email.format'],
    ['claire@élysée.fr', 'check.email.format'],
    ['claire dupont@exemple.fr', 'check.email.spaces'],
    ['claire.dupont.exemple.fr', 'check.email.at'],
    [`${'a'.repeat(65)}@exemple.fr`, 'check.email.format'],
    [`a@${'b'.repeat(250)}.fr`, 'check.email.format'],
  ] as const)('rejects %s', (e, key) => {
    expect(checkEmail(e)).toEqual(err(key));
  });

  it('rejects a huge string quickly', () => {
    expect(isEmailValid(`${'a.'.repeat(10_000)}@x.fr`)).toBe(false);
  });
});

describe('checkEmailConfirmation', () => {
  it('accepts the same address, ignoring case and surrounding spaces', () => {
    expect(checkEmailConfirmation('claire.dupont@exemple.fr', 'claire.dupont@exemple.fr')).toEqual([]);
    expect(checkEmailConfirmation(' Claire.Dupont@Exemple.FR', 'claire.dupont@exemple.fr ')).toEqual([]);
  });

  it('rejects another address', () => {
    expect(checkEmailConfirmation('claire.dupond@exemple.fr', 'claire.dupont@exemple.fr')).toEqual(err('check.emailConfirmation.mismatch'));
  });

  it('asks for the e-mail first when it is empty or missing', () => {
    expect(checkEmailConfirmation('claire.dupont@exemple.fr', '')).toEqual(err('check.emailConfirmation.noEmail'));
    expect(checkEmailConfirmation('claire.dupont@exemple.fr', undefined)).toEqual(err('check.emailConfirmation.noEmail'));
    expect(checkEmailConfirmation('claire.dupont@exemple.fr', 42)).toEqual(err('check.emailConfirmation.noEmail'));
  });

  it('leaves an empty confirmation to the required flag', () => {
    expect(checkEmailConfirmation('', 'claire.dupont@exemple.fr')).toEqual([]);
  });
});
