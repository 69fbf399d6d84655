/**
 * Agreement in the island's French messages: gender of a list's noun or of a person (from
 * « Civilité »), and plurals through `Intl.PluralRules` — never « (s) » or « (e) ».
 */

/** Grammatical gender. */
export type Gender = 'm' | 'f';

/** The gender of a noun given with its indefinite article (« une personne compétente » → `f`). */
export function nounGender(indefinite: string): Gender {
  return /^une\s/i.test(indefinite.trim()) ? 'f' : 'm';
}

/** The gender of a person from PASS's « Civilité » (`Mme.` → `f`), `undefined` when not chosen. */
export function personGender(civilite: unknown): Gender | undefined {
  if (civilite === 'Mme.') return 'f';
  if (civilite === 'M.') return 'm';
  return undefined;
}

const rules = new Intl.PluralRules('fr-FR');

/** `forms.one` or `forms.other` for `n`, by French plural rules (0 and 1 are singular). */
export function plural<T>(n: number, forms: { one: T; other: T }): T {
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

/** « Correspondant » from « correspondant »: a noun at the start of a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
