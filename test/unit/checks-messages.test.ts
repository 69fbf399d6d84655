import { describe, expect, it } from 'vitest';
import { checkMessage, checksFr, type CheckMessageKey } from '../../src/i18n/checks.fr';
import { ALL_FIELDS, SCREENS, type ListForm } from '../../src/model';
import { checkList } from '../../src/lib/checks/record';

/** Every message filled with sample parameters that contain no typography of their own. */
const filled = (Object.keys(checksFr) as CheckMessageKey[]).map((key) => [key, checkMessage(key, { hint: '', options: 'x', entry: 'un correspondant', min: 1, rank: 1, count: 13, chars: 'x', char: 'x', value: 'X', where: 'ici', expected: 'x', step: 'x', label: 'x', instruction: 'x', n: 1, max: 1, length: 1 })] as const);

describe('the checks’ French table', () => {
  it.each(filled)('%s follows French typography', (_key, message) => {
    expect(message).not.toMatch(/'/); // ’ only
    expect(message).not.toMatch(/«(?!\u00a0)/); // « then a no-break space
    expect(message).not.toMatch(/(?<!\u00a0)»/); // a no-break space then »
    expect(message).not.toMatch(/(?<!\u00a0)[:;!?]/); // a no-break space before : ; ! ?
    expect(message).not.toMatch(/"/);
    expect(message).not.toMatch(/\{\w+\}/);
  });

  it('the model’s instructions are one French sentence that does not repeat the hint', () => {
    const withInstruction = ALL_FIELDS.filter(({ field }) => field.instruction);
    expect(withInstruction.length).toBeGreaterThan(10);
    for (const { id, field } of withInstruction) {
      expect(field.instruction, id).toMatch(/^(Saisissez|Confirmez|Choisissez) [^'"]+\.$/);
      if (field.hint) expect(field.hint, id).not.toContain(field.instruction!.slice(0, -1));
    }
  });

  it('fills placeholders literally', () => {
    expect(checkMessage('check.siret.length', { count: '$&' })).toContain('saisi $&)');
    expect(checkMessage('check.required.text', { label: '{label}' })).toBe('Saisissez «\u00a0{label}\u00a0».');
  });

  it('names the missing entry of a list with its article', () => {
    const ces = SCREENS.find((x) => x.slug === 'correspondant-employeur')!.form as ListForm;
    const pcr = SCREENS.find((x) => x.slug === 'pcr')!.form as ListForm;
    expect(checkList(ces, [])[0]!.message).toContain('un correspondant');
    expect(checkList(pcr, [])[0]!.message).toContain('une personne compétente');
  });
});
