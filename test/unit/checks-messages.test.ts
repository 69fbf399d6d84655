import { describe, expect, it } from 'vitest';
import { checkMessage, checksFr, type CheckMessageKey } from '../../src/i18n/checks.fr';
import { SCREENS, type ListForm } from '../../src/model';
import { checkList } from '../../src/lib/checks/record';

/** Every message filled with sample parameters that contain no typography of their own. */
const filled = (Object.keys(checksFr) as CheckMessageKey[]).map((key) => [key, checkMessage(key, { hint: '', options: 'x', entry: 'un correspondant', min: 1, rank: 1, count: 13, chars: 'x', char: 'x', value: 'X', where: 'ici', expected: 'x', step: 'x', label: 'x', n: 1, max: 1, length: 1 })] as const);

describe('the checks’ French table', () => {
  it.each(filled)('%s follows French typography', (_key, message) => {
    expect(message).not.toMatch(/'/); // ’ only
    expect(message).not.toMatch(/«(?!\u00a0)/); // « then a no-break space
    expect(message).not.toMatch(/(?<!\u00a0)»/); // a no-break space then »
    expect(message).not.toMatch(/(?<!\u00a0)[:;!?]/); // a no-break space before : ; ! ?
    expect(message).not.toMatch(/"/);
    expect(message).not.toMatch(/\{\w+\}/);
  });

  it('fills placeholders literally', () => {
    expect(checkMessage('check.siret.length', { count: '$&' })).toContain('saisi $&)');
    expect(checkMessage('check.required', { hint: '{hint}' })).toBe('Ce champ est obligatoire. {hint}');
  });

  it('names the missing entry of a list with its article', () => {
    const ces = SCREENS.find((x) => x.slug === 'correspondant-employeur')!.form as ListForm;
    const pcr = SCREENS.find((x) => x.slug === 'pcr')!.form as ListForm;
    expect(checkList(ces, [])[0]!.message).toContain('un correspondant');
    expect(checkList(pcr, [])[0]!.message).toContain('une personne compétente');
  });
});
