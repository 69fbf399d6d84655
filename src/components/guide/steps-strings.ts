/** `ts()`: the step pages' strings (`src/i18n/steps.fr.ts`) with `{name}` placeholders filled. */
import { fill } from '../../i18n/fill';
import { frSteps, type StepsKey } from '../../i18n/steps.fr';

/** The French string for `key` of the step pages' table. */
export function ts(key: StepsKey, params: Record<string, string | number> = {}): string {
  return fill(frSteps[key], params);
}
