/**
 * The Annexe 1's strings, read from `src/i18n/annexe1.fr.ts` (kept apart from the site table so
 * that the lazily loaded PDF chunk carries only its own strings).
 */
import { ANNEXE1_FR, type Annexe1Key } from '../../i18n/annexe1.fr';
import { fill } from '../../i18n/fill';

/** The French string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: Annexe1Key, params: Record<string, string | number> = {}): string {
  return fill(ANNEXE1_FR[key], params);
}

/** The string for a dynamic key (`annexe1.section.<form key>`…), or `undefined` when absent. */
export function tMaybe(key: string): string | undefined {
  return (ANNEXE1_FR as Record<string, string>)[key];
}

/**
 * Calendar date of `now` in France (Europe/Paris), as `[year, month, day]` strings padded to
 * 4, 2 and 2 digits. A fixed time zone keeps the output identical on every machine.
 */
export function parisDateParts(now: Date): [string, string, string] {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return [get('year').padStart(4, '0'), get('month'), get('day')];
}
